import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { RuleSetRecord } from '@wres/shared/contracts';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import { RuleSetsApi } from '@wres/web/rule-sets/data-access';
import { LoadState, ServiceProblemComponent, TagComponent, toLoadState } from '@wres/web/shared/ui';
import { ruleSetSourceInWords, thresholdInPounds } from './rule-set-labels';

/** Every contract year's scope rules: the small-provider threshold, the clauses and where the rules come from. */
@Component({
  selector: 'wres-rule-sets-list-page',
  imports: [RouterLink, ServiceProblemComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('failed') {
        <wres-service-problem />
      }
      @default {
        <h1>Scope rules</h1>
        <p>
          Each contract year's rules decide which clauses apply to which providers, and which providers are
          small enough to be exempt.
        </p>
        <p>
          Each year also has its
          <a routerLink="/checklist-settings">assurance checklist settings</a>: how the checklist rates that
          year's reports.
        </p>
        @if (current.status === 'loading') {
          <p role="status">Loading the scope rules</p>
        } @else if (current.status === 'loaded') {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Scope rules by contract year
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Contract year</th>
                <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                  Small-provider threshold
                </th>
                <th class="nhsuk-table__header" scope="col">Clauses</th>
                <th class="nhsuk-table__header" scope="col">Rules</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (record of current.value; track record.contractYear) {
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="row">
                    <a [routerLink]="['/rule-sets', yearPath(record.contractYear)]">{{
                      record.contractYear
                    }}</a>
                  </th>
                  <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {{ threshold(record.ruleSet.smallProviderThresholdPence) }}
                  </td>
                  <td class="nhsuk-table__cell">
                    @for (clause of record.ruleSet.clauses; track clause.clause) {
                      <span class="nhsuk-u-display-block">{{ clause.clause }}</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell">
                    <wres-tag
                      [text]="record.source === 'shipped' ? 'Shipped' : 'Edited'"
                      [colour]="record.source === 'shipped' ? 'grey' : 'blue'"
                    />
                    @if (record.source === 'edited') {
                      <span class="nhsuk-u-display-block">{{ source(record) }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    }
  `,
})
export class RuleSetsListPage {
  private readonly api = inject(RuleSetsApi);

  protected readonly threshold = thresholdInPounds;
  protected readonly source = ruleSetSourceInWords;
  protected readonly yearPath = contractYearToPath;

  protected readonly state = toSignal(this.api.list().pipe(toLoadState<RuleSetRecord[]>()), {
    initialValue: { status: 'loading' } as LoadState<RuleSetRecord[]>,
  });
}
