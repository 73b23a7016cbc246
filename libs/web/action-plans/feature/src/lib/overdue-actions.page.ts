import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { PlanAction } from '@wres/shared/contracts';
import { ActionPlansApi } from '@wres/web/action-plans/data-access';
import { CONTRACT_YEARS, contractYearFromPath } from '@wres/web/contracts/data-access';
import {
  LoadState,
  SelectComponent,
  ServiceProblemComponent,
  TagComponent,
  toLoadState,
} from '@wres/web/shared/ui';
import { switchMap } from 'rxjs';
import {
  ActionsFilter,
  actionRows,
  listedText,
  onlyOverdueFrom,
  providerCount,
  queryOf,
  queryParamsOf,
} from './overdue-actions.model';

const YEAR_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'Every year' },
  ...[...CONTRACT_YEARS].reverse().map((year) => ({ value: year, text: year })),
];

/**
 * `/action-plans`: the actions in the WRES action plans of every provider the commissioner or CSU analyst
 * sees, overdue ones only unless asked otherwise, most overdue first; each links to its provider's plan.
 * The filter lives in the address (`?year=2024-25&overdue=false`).
 */
@Component({
  selector: 'wres-overdue-actions-page',
  imports: [RouterLink, SelectComponent, ServiceProblemComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ filter().onlyOverdue ? 'Overdue actions' : 'Actions' }}</h1>
    <p>
      The actions in the WRES action plans of the providers you can see. An action is overdue once its due
      date has passed and it is not complete; its owner is emailed reminders until it is.
    </p>
    <form class="app-filters" novalidate role="search" aria-label="Filter actions" (submit)="apply($event)">
      <div class="nhsuk-grid-row">
        <div class="nhsuk-grid-column-one-third">
          <wres-select fieldId="year" label="Contract year" [options]="yearOptions" [(value)]="chosenYear" />
        </div>
        <div class="nhsuk-grid-column-two-thirds">
          <div class="nhsuk-form-group app-only-overdue">
            <div class="nhsuk-checkboxes">
              <div class="nhsuk-checkboxes__item">
                <input
                  class="nhsuk-checkboxes__input"
                  id="overdue"
                  name="overdue"
                  type="checkbox"
                  [checked]="onlyOverdue()"
                  (change)="onlyOverdue.set(checked($event))"
                />
                <label class="nhsuk-label nhsuk-checkboxes__label" for="overdue">Only overdue actions</label>
              </div>
            </div>
          </div>
        </div>
      </div>
      <button class="nhsuk-button nhsuk-button--secondary" type="submit">Show actions</button>
    </form>

    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading actions</p>
      }
      @case ('loaded') {
        <p role="status">{{ listed() }}</p>
        @if (rows().length === 0) {
          <p>
            {{
              filter().onlyOverdue
                ? 'No actions are overdue in the action plans you can see.'
                : 'No actions have been added to the action plans you can see.'
            }}
          </p>
        } @else {
          <table class="nhsuk-table nhsuk-table--responsive" role="table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              {{
                listed()
              }}, most overdue first
            </caption>
            <thead class="nhsuk-table__head" role="rowgroup">
              <tr class="nhsuk-table__row" role="row">
                @for (heading of headings; track heading) {
                  <th class="nhsuk-table__header" scope="col" role="columnheader">{{ heading }}</th>
                }
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (row of rows(); track row.id) {
                <tr class="nhsuk-table__row" role="row">
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Provider </span>
                    <a [routerLink]="row.planLink"
                      >{{ row.provider
                      }}<span class="nhsuk-u-visually-hidden">, action plan {{ row.contractYear }}</span></a
                    >
                    <span class="nhsuk-body-s nhsuk-u-secondary-text-colour app-block">{{
                      row.contractYear
                    }}</span>
                  </td>
                  <td class="nhsuk-table__cell app-task" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Action </span>
                    {{ row.task }}
                    <span class="nhsuk-body-s nhsuk-u-secondary-text-colour app-block">{{
                      row.indicator
                    }}</span>
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Owner </span>
                    {{ row.owner }}
                    <span class="nhsuk-body-s app-block app-anywhere">{{ row.ownerEmail }}</span>
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Due </span>
                    {{ row.due }}
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Days overdue </span>
                    {{ row.overdue }}
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Status </span>
                    <wres-tag [text]="row.tag.text" [colour]="row.tag.colour" />
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      @default {
        <wres-service-problem />
      }
    }
  `,
  styles: `
    .app-block {
      display: block;
      margin-top: 4px;
    }
    .app-anywhere,
    .app-task {
      overflow-wrap: anywhere;
    }
    /* Level with the select beside it, below the select's label. */
    .app-only-overdue {
      padding-top: 32px;
    }
    @media (max-width: 40.0525em) {
      .app-only-overdue {
        padding-top: 0;
      }
    }
  `,
})
export class OverdueActionsPage {
  private readonly api = inject(ActionPlansApi);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router: the year as "2024-25", and `overdue=false` for every action. */
  readonly year = input<string | undefined>();
  readonly overdue = input<string | undefined>();

  protected readonly yearOptions = YEAR_OPTIONS;
  protected readonly headings = ['Provider', 'Action', 'Owner', 'Due', 'Days overdue', 'Status'];

  protected readonly filter = computed((): ActionsFilter => ({
    contractYear: contractYearFromPath(this.year()),
    onlyOverdue: onlyOverdueFrom(this.overdue()),
  }));

  /** The form's values, reset to the address's whenever it changes. */
  protected readonly chosenYear = linkedSignal(() => this.filter().contractYear ?? '');
  protected readonly onlyOverdue = linkedSignal(() => this.filter().onlyOverdue);

  protected readonly state = toSignal(
    toObservable(this.filter).pipe(
      switchMap((filter) => this.api.actions(queryOf(filter)).pipe(toLoadState<{ actions: PlanAction[] }>())),
    ),
    { initialValue: { status: 'loading' } as LoadState<{ actions: PlanAction[] }> },
  );

  private readonly actions = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value.actions : [];
  });
  protected readonly rows = computed(() => actionRows(this.actions()));
  protected readonly listed = computed(() =>
    listedText(this.rows().length, providerCount(this.actions()), this.filter()),
  );

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const filter: ActionsFilter = {
      contractYear: contractYearFromPath(this.chosenYear()),
      onlyOverdue: this.onlyOverdue(),
    };
    void this.router.navigate(['/action-plans'], { queryParams: queryParamsOf(filter) });
  }
}
