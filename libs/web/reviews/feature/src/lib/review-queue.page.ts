import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { CONTRACT_YEARS } from '@wres/web/contracts/data-access';
import {
  countText,
  filtersFromParams,
  isFiltered,
  OVERDUE_OPTIONS,
  paramsOf,
  queryOf,
  queueRowView,
  RATING_OPTIONS,
  reviewLink,
  ReviewsApi,
  STATE_OPTIONS,
} from '@wres/web/reviews/data-access';
import type { QueueFilters, QueueRowView } from '@wres/web/reviews/data-access';
import {
  CalendarDatePipe,
  LoadState,
  SelectComponent,
  ServiceProblemComponent,
  TagComponent,
  toLoadState,
} from '@wres/web/shared/ui';
import { map, switchMap } from 'rxjs';

const YEAR_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'Every year' },
  ...[...CONTRACT_YEARS].reverse().map((year) => ({ value: year, text: year })),
];

/**
 * `/reviews`: the reports a commissioner or CSU analyst reviews, overdue first, filtered by year, state,
 * checklist rating and whether the review is overdue. The filters live in the address.
 */
@Component({
  selector: 'wres-review-queue-page',
  imports: [CalendarDatePipe, RouterLink, SelectComponent, ServiceProblemComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Reports to review</h1>
    <p>
      Submitted WRES reports you can see, with where each review stands and its checklist rating. Overdue
      reviews come first. Only the co-ordinating commissioner decides a report's assurance.
    </p>
    <form
      class="app-filters"
      novalidate
      role="search"
      aria-label="Filter reports to review"
      (submit)="apply($event)"
    >
      <div class="nhsuk-grid-row">
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="contractYear"
            label="Contract year"
            [options]="yearOptions"
            [(value)]="year"
          />
        </div>
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="state"
            label="Review state"
            [options]="stateOptions"
            [(value)]="reviewState"
          />
        </div>
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select fieldId="rag" label="Checklist rating" [options]="ratingOptions" [(value)]="rating" />
        </div>
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="overdue"
            label="Overdue"
            [options]="overdueOptions"
            [(value)]="overdueChoice"
          />
        </div>
      </div>
      <button class="nhsuk-button nhsuk-button--secondary" type="submit">Filter reports</button>
    </form>

    @let current = loaded();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading reports to review</p>
      }
      @case ('loaded') {
        @let rows = current.value;
        <p role="status">
          {{ count(rows.length) }}
          @if (filtered()) {
            match these filters · <a href="" (click)="clear($event)">Clear filters</a>
          }
        </p>
        @if (rows.length > 0) {
          <table class="nhsuk-table nhsuk-table--responsive" role="table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Reports to review, overdue first
            </caption>
            <thead class="nhsuk-table__head" role="rowgroup">
              <tr class="nhsuk-table__row" role="row">
                @for (heading of headings; track heading) {
                  <th class="nhsuk-table__header" scope="col" role="columnheader">{{ heading }}</th>
                }
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (view of rows; track view.row.providerId + view.row.contractYear) {
                @let row = view.row;
                <tr class="nhsuk-table__row" role="row">
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Provider </span>
                    <a [routerLink]="link(row.providerId, row.contractYear)"
                      >{{ row.providerName
                      }}<span class="nhsuk-u-visually-hidden"> ({{ row.contractYear }})</span></a
                    >
                    <span class="nhsuk-body-s nhsuk-u-secondary-text-colour app-block">
                      {{ row.odsCode }}, version {{ row.reviewedVersion }}
                    </span>
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Year </span>
                    {{ row.contractYear }}
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Review </span>
                    <wres-tag [text]="view.state.text" [colour]="view.state.colour" />
                    @if (row.late) {
                      <span class="nhsuk-body-s app-block">Report submitted late</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Checklist </span>
                    <wres-tag [text]="view.rating.text" [colour]="view.rating.colour" />
                    @if (view.unrated) {
                      <span class="nhsuk-body-s app-block">{{ view.unrated }}</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Review due by </span>
                    {{ row.reviewDueBy | calendarDate }}
                    @if (row.overdue) {
                      <wres-tag class="app-block" text="Overdue" colour="red" />
                    }
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Decided by </span>
                    {{ view.decidedBy }}
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
  `,
})
export class ReviewQueuePage {
  private readonly api = inject(ReviewsApi);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router. */
  readonly contractYear = input<string | undefined>();
  readonly state = input<string | undefined>();
  readonly rag = input<string | undefined>();
  readonly overdue = input<string | undefined>();

  protected readonly yearOptions = YEAR_OPTIONS;
  protected readonly stateOptions = STATE_OPTIONS;
  protected readonly ratingOptions = RATING_OPTIONS;
  protected readonly overdueOptions = OVERDUE_OPTIONS;
  protected readonly count = countText;
  protected readonly headings = ['Provider', 'Year', 'Review', 'Checklist', 'Review due by', 'Decided by'];

  protected readonly filters = computed((): QueueFilters =>
    filtersFromParams(
      { contractYear: this.contractYear(), state: this.state(), rag: this.rag(), overdue: this.overdue() },
      CONTRACT_YEARS,
    ),
  );
  protected readonly filtered = computed(() => isFiltered(this.filters()));

  /** The form's values, reset to the address's whenever it changes. */
  protected readonly year = linkedSignal(() => this.filters().contractYear);
  protected readonly reviewState = linkedSignal(() => this.filters().state);
  protected readonly rating = linkedSignal(() => this.filters().rag);
  protected readonly overdueChoice = linkedSignal(() => this.filters().overdue);

  protected readonly loaded = toSignal(
    toObservable(this.filters).pipe(
      switchMap((filters) =>
        this.api.queue(queryOf(filters)).pipe(
          map((queue): QueueRowView[] => queue.rows.map(queueRowView)),
          toLoadState<QueueRowView[]>(),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<QueueRowView[]> },
  );

  protected link(providerId: string, contractYear: string): string[] {
    return reviewLink(providerId, contractYear);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const filters: QueueFilters = {
      contractYear: this.year(),
      state: this.reviewState(),
      rag: this.rating(),
      overdue: this.overdueChoice(),
    };
    void this.router.navigate(['/reviews'], { queryParams: paramsOf(filters) });
  }

  protected clear(event: Event): void {
    event.preventDefault();
    void this.router.navigate(['/reviews']);
  }
}
