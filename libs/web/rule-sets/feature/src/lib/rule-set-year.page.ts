import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import type {
  FieldProblem,
  RuleSetDefinition,
  RuleSetProviderChange,
  RuleSetRecord,
} from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { RuleSetsApi } from '@wres/web/rule-sets/data-access';
import {
  BackLinkComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  LoadState,
  NotificationBannerComponent,
  PageNotFoundComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  SummaryListComponent,
  SummaryListRow,
  TextInputComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  formatPageTitle,
  problemsToFieldErrors,
  summaryItems,
  textRow,
  toLoadState,
} from '@wres/web/shared/ui';
import { firstValueFrom, of, switchMap, tap } from 'rxjs';
import {
  THRESHOLD_FIELD,
  editedRuleSet,
  exemptField,
  problemsInWords,
  ruleSetFieldOrder,
  validateRuleSetForm,
} from './rule-set-form.model';
import { providerKindsInWords, ruleSetSourceInWords, thresholdInPounds } from './rule-set-labels';

interface Saved {
  contractYear: string;
  providers: number;
}

/** One contract year's scope rules (`/rule-sets/2016-17`); admins change the threshold and exemptions. */
@Component({
  selector: 'wres-rule-set-year-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    SummaryListComponent,
    TextInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the scope rules</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let record = current.value;
        <wres-back-link link="/rule-sets" text="All scope rules" />
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        @if (saved(); as done) {
          <wres-notification-banner variant="success" [heading]="'Rules for ' + done.contractYear + ' saved'">
            <p>
              {{ done.providers }} {{ done.providers === 1 ? 'provider' : 'providers' }} re-decided under the
              new rules.
            </p>
          </wres-notification-banner>
        }
        <h1>
          <span class="nhsuk-caption-l">Scope rules</span>
          Rules for {{ record.contractYear }}
        </h1>
        <wres-summary-list [rows]="summaryRows()" />

        <table class="nhsuk-table">
          <caption class="nhsuk-table__caption">
            Clauses in
            {{
              record.contractYear
            }}
          </caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Clause</th>
              <th class="nhsuk-table__header" scope="col">Title</th>
              <th class="nhsuk-table__header" scope="col">Applies to</th>
              <th class="nhsuk-table__header" scope="col">Small providers exempt</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (clause of record.ruleSet.clauses; track clause.clause) {
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="row">{{ clause.clause }}</th>
                <td class="nhsuk-table__cell">{{ clause.title }}</td>
                <td class="nhsuk-table__cell">{{ kinds(clause.appliesTo) }}</td>
                <td class="nhsuk-table__cell">{{ clause.smallProvidersExempt ? 'Yes' : 'No' }}</td>
              </tr>
            }
          </tbody>
        </table>

        @if (canManage()) {
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <h2>Change the rules for {{ record.contractYear }}</h2>
              <p>
                Preview the changes to see which providers' obligations would change before you save. Saving
                re-decides those providers at once.
              </p>
              <form novalidate (submit)="save($event)">
                <wres-text-input
                  [fieldId]="thresholdField"
                  label="Small-provider threshold"
                  hint="In pounds, for example £200,000. Providers whose expected NHS income is below it are small."
                  [width]="10"
                  autocomplete="off"
                  [error]="errors()[thresholdField]"
                  [(value)]="threshold"
                />
                <div class="nhsuk-form-group">
                  <fieldset class="nhsuk-fieldset" aria-describedby="exempt-hint">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                      Clauses small providers are exempt from
                    </legend>
                    <div class="nhsuk-hint" id="exempt-hint">
                      Select every clause that does not apply to them.
                    </div>
                    <div class="nhsuk-checkboxes">
                      @for (clause of record.ruleSet.clauses; track clause.clause; let index = $index) {
                        <div class="nhsuk-checkboxes__item">
                          <input
                            class="nhsuk-checkboxes__input"
                            type="checkbox"
                            [id]="exemptField(index)"
                            [name]="exemptField(index)"
                            [checked]="exempt()[index]"
                            (change)="setExempt(index, $event)"
                          />
                          <label class="nhsuk-label nhsuk-checkboxes__label" [for]="exemptField(index)">
                            Small providers exempt from {{ clause.clause }}
                            <span class="nhsuk-u-display-block nhsuk-hint nhsuk-u-margin-bottom-0">{{
                              clause.title
                            }}</span>
                          </label>
                          @if (errors()[exemptField(index)]; as exemptError) {
                            <span class="nhsuk-error-message nhsuk-u-margin-left-3">
                              <span class="nhsuk-u-visually-hidden">Error: </span>{{ exemptError }}
                            </span>
                          }
                        </div>
                      }
                    </div>
                  </fieldset>
                </div>
                <div class="nhsuk-button-group">
                  <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="preview()">
                    Preview changes
                  </button>
                  <button class="nhsuk-button" type="submit">Save rules</button>
                </div>
              </form>
            </div>
          </div>

          @if (changes(); as previewed) {
            <h2 id="preview-heading" tabindex="-1">Providers whose obligations would change</h2>
            @if (previewed.length === 0) {
              <p>No provider's obligations in {{ record.contractYear }} would change.</p>
            } @else {
              <table class="nhsuk-table">
                <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Providers whose obligations would change in
                  {{
                    record.contractYear
                  }}
                </caption>
                <thead class="nhsuk-table__head">
                  <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">Provider</th>
                    <th class="nhsuk-table__header" scope="col">What changes</th>
                  </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                  @for (row of previewed; track row.providerId) {
                    <tr class="nhsuk-table__row">
                      <td class="nhsuk-table__cell">
                        <a
                          [routerLink]="['/providers', row.providerId]"
                          [queryParams]="{ year: record.contractYear }"
                          >{{ row.providerName }}</a
                        >
                      </td>
                      <td class="nhsuk-table__cell">
                        @for (change of row.changes; track change.clause) {
                          <span class="nhsuk-u-display-block">{{ change.summary }}</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          }
        }
      }
    }
  `,
})
export class RuleSetYearPage {
  private readonly api = inject(RuleSetsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);

  /** The year from the path, written "2016-17". */
  readonly year = input.required<string>();

  protected readonly contractYear = computed(() => contractYearFromPath(this.year()));
  protected readonly canManage = computed(() => this.session.can(Permission.RuleSetsManage));

  protected readonly threshold = signal('');
  protected readonly exempt = signal<boolean[]>([]);
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  /** The providers the last preview listed; null before any preview or once the form changes. */
  protected readonly changes = signal<RuleSetProviderChange[] | null>(null);
  protected readonly saved = signal<Saved | null>(null);
  /** The record as last loaded or saved. */
  private readonly record = signal<RuleSetRecord | null>(null);
  private busy = false;

  protected readonly thresholdField = THRESHOLD_FIELD;
  protected readonly exemptField = exemptField;
  protected readonly kinds = providerKindsInWords;

  protected readonly state = toSignal(
    toObservable(this.contractYear).pipe(
      switchMap((year) =>
        year
          ? this.api.get(year).pipe(
              tap((record) => this.start(record)),
              toLoadState<RuleSetRecord>(),
            )
          : of<LoadState<RuleSetRecord>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<RuleSetRecord> },
  );

  protected readonly summaryRows = computed((): SummaryListRow[] => {
    const record = this.record();
    if (!record) return [];
    return [
      textRow('Small-provider threshold', thresholdInPounds(record.ruleSet.smallProviderThresholdPence)),
      textRow('Rules', ruleSetSourceInWords(record)),
      ...(record.ruleSet.basis ? [textRow('Basis', record.ruleSet.basis)] : []),
    ];
  });

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), ruleSetFieldOrder(this.record()?.ruleSet.clauses.length ?? 0)),
  ]);

  constructor() {
    effect(() => {
      const year = this.contractYear();
      const current = this.state();
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
      else if (year) this.title.setTitle(formatPageTitle(`Scope rules for ${year}`));
    });
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  /** Fills the form from the rules as loaded or saved. */
  private start(record: RuleSetRecord): void {
    this.record.set(record);
    this.threshold.set(thresholdInPounds(record.ruleSet.smallProviderThresholdPence));
    this.exempt.set(record.ruleSet.clauses.map((clause) => clause.smallProvidersExempt));
  }

  protected setExempt(index: number, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.exempt.update((exempt) => exempt.map((value, i) => (i === index ? checked : value)));
  }

  /** The edited rules, or null (with the problems shown) when the form is not valid. */
  private edited(): RuleSetDefinition | null {
    const record = this.record();
    if (!record) return null;
    const errors = validateRuleSetForm(this.threshold());
    this.general.set([]);
    this.errors.set(errors);
    this.saved.set(null);
    this.changes.set(null);
    return Object.keys(errors).length > 0
      ? null
      : editedRuleSet(record.ruleSet, this.threshold(), this.exempt());
  }

  protected async preview(): Promise<void> {
    if (this.busy) return;
    const ruleSet = this.edited();
    if (!ruleSet) return;
    this.busy = true;
    try {
      const result = await firstValueFrom(this.api.preview(ruleSet));
      if (result.problems.length > 0) this.showProblems(result.problems);
      else this.changes.set(result.changes);
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.busy = false;
    }
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const ruleSet = this.edited();
    if (!ruleSet) return;
    this.busy = true;
    try {
      const result = await firstValueFrom(this.api.save(ruleSet));
      this.start(result.record);
      this.saved.set({ contractYear: result.record.contractYear, providers: result.changes.length });
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private showProblems(problems: readonly FieldProblem[]): void {
    const clauses = this.record()?.ruleSet.clauses.map((clause) => clause.clause) ?? [];
    const { fields, other } = problemsToFieldErrors(
      problemsInWords(problems, clauses),
      ruleSetFieldOrder(clauses.length),
    );
    this.errors.set(fields);
    this.general.set(other.map((text) => ({ text })));
  }

  private showFailure(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 400) {
      this.showProblems(fieldProblems(error));
    } else if (error instanceof HttpErrorResponse && (error.status === 403 || error.status === 404)) {
      this.general.set([{ text: errorMessage(error) ?? 'You cannot change these rules' }]);
    } else {
      this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
    }
  }
}
