import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Permission } from '@wres/shared/contracts';
import type { ChecklistItemId, ChecklistSettingsForYear, FieldProblem } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { ChecklistSettingsApi } from '@wres/web/rule-sets/data-access';
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
  TextInputComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  formatPageTitle,
  summaryItems,
  toLoadState,
} from '@wres/web/shared/ui';
import { firstValueFrom, of, switchMap, tap } from 'rxjs';
import {
  AMBER_FIELD,
  BOARD_GAP_FIELD,
  CHECKLIST_SETTINGS_FIELD_ORDER,
  EXCLUDABLE_ITEMS,
  EXCLUDED_FIELD,
  GREEN_FIELD,
  RED_FROM_FIELD,
  REVIEW_WITHIN_FIELD,
  checklistSettingsInput,
  checklistSettingsRows,
  excludedItemFieldId,
  readChecklistSettings,
  savedNotice,
  settingsProblemsToErrors,
  withItemExcluded,
} from './checklist-settings-form.model';

/**
 * One contract year's assurance checklist settings (`/checklist-settings/2025-26`). Everyone who may read the
 * scope rules sees them; admins change them, checked by the same rules the API applies.
 */
@Component({
  selector: 'wres-checklist-settings-year-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    PageNotFoundComponent,
    ServiceProblemComponent,
    SummaryListComponent,
    TextInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the checklist settings</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let year = current.value.contractYear;
        <wres-back-link link="/checklist-settings" text="All checklist settings" />
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        @if (notice(); as done) {
          <div id="checklist-settings-saved">
            <wres-notification-banner variant="success" [heading]="done.heading">
              <p>{{ done.line }}</p>
            </wres-notification-banner>
          </div>
        }
        <h1>
          <span class="nhsuk-caption-l">Assurance checklist settings</span>
          Checklist settings for {{ year }}
        </h1>
        <wres-summary-list [rows]="summaryRows()" />

        @if (canManage()) {
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <h2>Change the settings for {{ year }}</h2>
              <p>
                The settings are saved together, as the year's own.
                @if (record()?.isDefault) {
                  {{ year }} uses the defaults until you save.
                }
                Every {{ year }} report's checklist uses them from then on.
              </p>
              <form novalidate (submit)="save($event)">
                <fieldset class="nhsuk-fieldset" aria-describedby="ethnicity-hint">
                  <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h3 class="nhsuk-fieldset__heading">Staff who self-reported their ethnicity</h3>
                  </legend>
                  <div class="nhsuk-hint" id="ethnicity-hint">
                    A report is green when at least the green percentage of its staff self-reported their
                    ethnicity, amber when at least the amber percentage, and red below that.
                  </div>
                  <wres-text-input
                    [fieldId]="fields.green"
                    label="Green threshold (%)"
                    hint="A percentage from 0 to 100, like 80"
                    [width]="4"
                    autocomplete="off"
                    [error]="errors()[fields.green]"
                    [(value)]="green"
                  />
                  <wres-text-input
                    [fieldId]="fields.amber"
                    label="Amber threshold (%)"
                    hint="A percentage no higher than the green threshold, like 60"
                    [width]="4"
                    autocomplete="off"
                    [error]="errors()[fields.amber]"
                    [(value)]="amber"
                  />
                </fieldset>

                <h3>Significant worsening since last year</h3>
                <wres-text-input
                  [fieldId]="fields.redFrom"
                  label="Significantly worse indicators that make the year-on-year item red"
                  hint="One indicator significantly worse than last year makes it amber. A whole number, at least 1, like 3."
                  [width]="3"
                  autocomplete="off"
                  [error]="errors()[fields.redFrom]"
                  [(value)]="redFrom"
                />
                <wres-text-input
                  [fieldId]="fields.boardGap"
                  label="Board gap (percentage points)"
                  hint="A board this far below its workforce's percentage of BME staff is a significant gap (indicator 9), and a gap that widens this much is a significant worsening. More than 0 and at most 100, like 5."
                  [width]="4"
                  autocomplete="off"
                  [error]="errors()[fields.boardGap]"
                  [(value)]="boardGapPoints"
                />

                <h3>Reviews</h3>
                <wres-text-input
                  [fieldId]="fields.reviewWithin"
                  label="Days a commissioner has to review a report"
                  hint="A submitted or resubmitted report waiting longer for its review is overdue. A whole number, at least 1, like 28."
                  [width]="4"
                  autocomplete="off"
                  [error]="errors()[fields.reviewWithin]"
                  [(value)]="reviewWithinDays"
                />

                @let excludedError = errors()[fields.excluded];
                <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!excludedError">
                  <fieldset class="nhsuk-fieldset" [attr.aria-describedby]="excludedDescribedBy()">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                      <h3 class="nhsuk-fieldset__heading">Items the checklist leaves out in {{ year }}</h3>
                    </legend>
                    <div class="nhsuk-hint" id="excluded-items-hint">
                      Select each item the checklist should not rate in {{ year }}. Leave them all unselected
                      to rate every item.
                    </div>
                    @if (excludedError) {
                      <span class="nhsuk-error-message" id="excluded-items-error">
                        <span class="nhsuk-u-visually-hidden">Error: </span>{{ excludedError }}
                      </span>
                    }
                    <div class="nhsuk-checkboxes">
                      @for (entry of items; track entry.item) {
                        @let id = itemId(entry.item);
                        <div class="nhsuk-checkboxes__item">
                          <input
                            class="nhsuk-checkboxes__input"
                            type="checkbox"
                            [id]="id"
                            [name]="fields.excluded"
                            [value]="entry.item"
                            [attr.aria-describedby]="id + '-hint'"
                            [checked]="excludedItems().includes(entry.item)"
                            (change)="setExcluded(entry.item, $event)"
                          />
                          <label class="nhsuk-label nhsuk-checkboxes__label" [for]="id">{{
                            entry.label
                          }}</label>
                          <div class="nhsuk-hint nhsuk-checkboxes__hint" [id]="id + '-hint'">
                            {{ entry.hint }}
                          </div>
                        </div>
                      }
                    </div>
                  </fieldset>
                </div>

                <button class="nhsuk-button" type="submit">Save settings</button>
              </form>
            </div>
          </div>
        }
      }
    }
  `,
})
export class ChecklistSettingsYearPage {
  private readonly api = inject(ChecklistSettingsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The year from the path, written "2025-26". */
  readonly year = input.required<string>();

  protected readonly contractYear = computed(() => contractYearFromPath(this.year()));
  protected readonly canManage = computed(() => this.session.can(Permission.RuleSetsManage));

  protected readonly fields = {
    green: GREEN_FIELD,
    amber: AMBER_FIELD,
    redFrom: RED_FROM_FIELD,
    boardGap: BOARD_GAP_FIELD,
    reviewWithin: REVIEW_WITHIN_FIELD,
    excluded: EXCLUDED_FIELD,
  } as const;
  protected readonly items = EXCLUDABLE_ITEMS;
  protected readonly itemId = excludedItemFieldId;

  protected readonly green = signal('');
  protected readonly amber = signal('');
  protected readonly redFrom = signal('');
  protected readonly boardGapPoints = signal('');
  protected readonly reviewWithinDays = signal('');
  protected readonly excludedItems = signal<readonly ChecklistItemId[]>([]);

  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly notice = signal<{ heading: string; line: string } | null>(null);
  /** The settings as last loaded or saved. */
  protected readonly record = signal<ChecklistSettingsForYear | null>(null);
  private busy = false;

  protected readonly state = toSignal(
    toObservable(this.contractYear).pipe(
      switchMap((year) =>
        year
          ? this.api.get(year).pipe(
              tap((record) => this.start(record)),
              toLoadState<ChecklistSettingsForYear>(),
            )
          : of<LoadState<ChecklistSettingsForYear>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ChecklistSettingsForYear> },
  );

  protected readonly summaryRows = computed(() => {
    const record = this.record();
    return record ? checklistSettingsRows(record) : [];
  });

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), CHECKLIST_SETTINGS_FIELD_ORDER),
  ]);

  protected readonly excludedDescribedBy = computed(() =>
    this.errors()[EXCLUDED_FIELD] ? 'excluded-items-hint excluded-items-error' : 'excluded-items-hint',
  );

  constructor() {
    effect(() => {
      const year = this.contractYear();
      if (this.state().status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
      else if (year) this.title.setTitle(formatPageTitle(`Checklist settings for ${year}`));
    });
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  /** Fills the form from the settings as loaded or saved. */
  private start(record: ChecklistSettingsForYear): void {
    this.record.set(record);
    const input = checklistSettingsInput(record.settings);
    this.green.set(input.green);
    this.amber.set(input.amber);
    this.redFrom.set(input.redFrom);
    this.boardGapPoints.set(input.boardGapPoints);
    this.reviewWithinDays.set(input.reviewWithinDays);
    this.excludedItems.set(input.excludedItems);
  }

  protected setExcluded(item: ChecklistItemId, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.excludedItems.update((items) => withItemExcluded(items, item, checked));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const contractYear = this.contractYear();
    if (this.busy || !contractYear) return;
    const { settings, errors } = readChecklistSettings({
      green: this.green(),
      amber: this.amber(),
      redFrom: this.redFrom(),
      boardGapPoints: this.boardGapPoints(),
      reviewWithinDays: this.reviewWithinDays(),
      excludedItems: this.excludedItems(),
    });
    this.notice.set(null);
    this.general.set([]);
    this.errors.set(errors);
    if (!settings) return;
    this.busy = true;
    try {
      const record = await firstValueFrom(this.api.save(contractYear, settings));
      this.start(record);
      this.notice.set(savedNotice(record));
      afterNextRender(
        () => {
          const banner = this.document.getElementById('checklist-settings-saved');
          if (banner) focusProgrammatically(banner);
        },
        { injector: this.injector },
      );
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private showProblems(problems: readonly FieldProblem[]): void {
    const { fields, other } = settingsProblemsToErrors(problems);
    this.errors.set(fields);
    this.general.set(other.map((text) => ({ text })));
  }

  private showFailure(error: unknown): void {
    const problems = fieldProblems(error);
    if (problems.length > 0) this.showProblems(problems);
    else if (error instanceof HttpErrorResponse && [400, 403, 404].includes(error.status)) {
      this.general.set([{ text: errorMessage(error) ?? 'You cannot change these settings' }]);
    } else {
      this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
    }
  }
}
