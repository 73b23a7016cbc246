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
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { CommissionerLetterPreview, CommissionerLetterRequest } from '@wres/shared/contracts';
import { ChasingApi } from '@wres/web/chasing/data-access';
import {
  CONTRACT_YEAR_OPTIONS,
  contractYearFromPath,
  contractYearToPath,
  currentContractYear,
} from '@wres/web/contracts/data-access';
import {
  BackLinkComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  NotificationBannerComponent,
  RadiosComponent,
  SERVICE_PROBLEM_MESSAGE,
  SelectComponent,
  TagComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  formatPageTitle,
  problemsToFieldErrors,
  summaryItems,
} from '@wres/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import {
  LETTER_FIELD,
  LETTER_OPTIONS,
  YEAR_FIELD,
  isCommissionerLetter,
  lettersToSend,
  recipientsText,
  sendButtonText,
  sentSummary,
} from './commissioner-letter.model';

/**
 * `/chasing/letters`: the letters a co-ordinating commissioner sends every in-scope provider, before 1 July
 * and before 1 May. Preview first (the email as it will read, and who it goes to), then send in one action.
 * Only the text part is shown: the HTML part is never put into the page.
 */
@Component({
  selector: 'wres-commissioner-letter-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    RadiosComponent,
    RouterLink,
    SelectComponent,
    TagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-back-link link="/chasing" [queryParams]="{ year: yearPath() }" text="Chasing board" />
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        @if (sent(); as done) {
          <div tabindex="-1" id="letter-confirmation">
            <wres-notification-banner variant="success" [heading]="done.heading">
              @for (line of done.lines; track $index) {
                <p class="nhsuk-body">{{ line }}</p>
              }
              <p class="nhsuk-body">
                <a routerLink="/chasing" [queryParams]="{ year: yearPath() }">Back to the chasing board</a>
              </p>
            </wres-notification-banner>
          </div>
        }
        <h1>
          <span class="nhsuk-caption-l">Chasing</span>
          Send a commissioner letter
        </h1>
        <p>
          As co-ordinating commissioner you write to every provider in scope of the WRES: before 1 July,
          asking them to confirm they will publish their baseline data, and before 1 May, reminding them of
          the annual report. The letter goes by email to each provider's WRES leads. Anyone already sent the
          letter for the year is not sent it again.
        </p>
        <form novalidate (submit)="preview($event)">
          <wres-radios
            [fieldId]="letterField"
            legend="Which letter do you want to send?"
            [options]="letterOptions"
            [error]="errors()[letterField]"
            [value]="letter()"
            (valueChange)="letter.set($event)"
          />
          <wres-select
            [fieldId]="yearField"
            label="Contract year"
            hint="April to March"
            [options]="yearOptions"
            [error]="errors()[yearField]"
            [value]="contractYear()"
            (valueChange)="contractYear.set($event)"
          />
          <button class="nhsuk-button nhsuk-button--secondary" type="submit">Preview the letter</button>
        </form>
      </div>
    </div>

    @if (previewed(); as shown) {
      <h2 id="letter-preview" tabindex="-1">Preview: {{ shown.subject }}</h2>
      <div class="nhsuk-grid-row">
        <div class="nhsuk-grid-column-two-thirds">
          <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
              <dt class="nhsuk-summary-list__key">Subject</dt>
              <dd class="nhsuk-summary-list__value">{{ shown.subject }}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
              <dt class="nhsuk-summary-list__key">To</dt>
              <dd class="nhsuk-summary-list__value">{{ recipients(shown) }}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
              <dt class="nhsuk-summary-list__key">Will be sent now</dt>
              <dd class="nhsuk-summary-list__value">
                {{ toSend(shown) }} ({{ shown.recipients.length - toSend(shown) }} already sent this letter)
              </dd>
            </div>
          </dl>
          <h3>The letter as the first recipient will read it</h3>
          <div class="app-letter-text nhsuk-body">{{ shown.text }}</div>
        </div>
      </div>

      @if (shown.providersWithoutRecipients.length > 0) {
        <div class="nhsuk-warning-callout">
          <h3 class="nhsuk-warning-callout__label">
            <span role="text"
              ><span class="nhsuk-u-visually-hidden">Important: </span>Nobody to write to</span
            >
          </h3>
          <p>
            These providers are in scope but nobody there has an active account, so the letter cannot reach
            them. Contact them another way, or invite their WRES lead.
          </p>
          <ul>
            @for (provider of shown.providersWithoutRecipients; track provider.id) {
              <li>{{ provider.name }}</li>
            }
          </ul>
        </div>
      }

      @if (shown.recipients.length > 0) {
        <table class="nhsuk-table">
          <caption class="nhsuk-table__caption nhsuk-table__caption--m">
            Who it goes to
          </caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Provider</th>
              <th class="nhsuk-table__header" scope="col">Name</th>
              <th class="nhsuk-table__header" scope="col">Email address</th>
              <th class="nhsuk-table__header" scope="col">This year</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (recipient of shown.recipients; track recipient.email) {
              <tr class="nhsuk-table__row">
                <td class="nhsuk-table__cell">{{ recipient.provider.name }}</td>
                <td class="nhsuk-table__cell">{{ recipient.displayName }}</td>
                <td class="nhsuk-table__cell app-letter-address">{{ recipient.email }}</td>
                <td class="nhsuk-table__cell">
                  @if (recipient.alreadySent) {
                    <wres-tag text="Already sent" colour="grey" />
                  } @else {
                    <wres-tag text="Will be sent" colour="blue" />
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }

      @if (toSend(shown) > 0) {
        <form novalidate (submit)="send($event)">
          <button class="nhsuk-button" type="submit">{{ sendText(toSend(shown)) }}</button>
        </form>
      } @else {
        <p>
          Everyone has already been sent this letter for {{ shown.contractYear }}: there is nothing to send.
        </p>
      }
    }
  `,
  styles: `
    .app-letter-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      border: 1px solid #d8dde0;
      background: #ffffff;
      padding: 16px;
      margin-bottom: 32px;
    }
    .app-letter-address {
      overflow-wrap: anywhere;
    }
  `,
})
export class CommissionerLetterPage {
  private readonly api = inject(ChasingApi);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The contract year from the query string, "2025-26"; the current year when absent or not a year. */
  readonly year = input<string>();

  protected readonly letter = signal('');
  protected readonly contractYear = signal(currentContractYear());
  protected readonly yearPath = computed(() => contractYearToPath(this.contractYear()));
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  /** The preview shown, with the choices it was made for: changing either asks for a new preview. */
  private readonly current = signal<{
    request: CommissionerLetterRequest;
    preview: CommissionerLetterPreview;
  } | null>(null);
  protected readonly sent = signal<{ heading: string; lines: string[] } | null>(null);
  private busy = false;

  protected readonly letterField = LETTER_FIELD;
  protected readonly yearField = YEAR_FIELD;
  protected readonly letterOptions = LETTER_OPTIONS;
  protected readonly yearOptions = CONTRACT_YEAR_OPTIONS;
  protected readonly toSend = lettersToSend;
  protected readonly sendText = sendButtonText;
  protected readonly recipients = recipientsText;

  protected readonly previewed = computed(() => {
    const current = this.current();
    if (!current) return null;
    return current.request.letter === this.letter() && current.request.contractYear === this.contractYear()
      ? current.preview
      : null;
  });

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), [LETTER_FIELD, YEAR_FIELD]),
  ]);

  constructor() {
    this.title.setTitle(formatPageTitle('Send a commissioner letter'));
    errorPrefixedTitle(computed(() => this.problems().length > 0));
    // The year the board was showing, when it sent the user here.
    effect(() => {
      const fromQuery = contractYearFromPath(this.year());
      if (fromQuery) untracked(() => this.contractYear.set(fromQuery));
    });
  }

  protected async preview(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const letter = this.letter();
    const errors: FieldErrors = {};
    if (!isCommissionerLetter(letter)) errors[LETTER_FIELD] = 'Select which letter you want to send';
    if (!contractYearFromPath(this.contractYear())) errors[YEAR_FIELD] = 'Select a contract year';
    this.errors.set(errors);
    this.general.set([]);
    this.sent.set(null);
    if (!isCommissionerLetter(letter) || Object.keys(errors).length > 0) return;

    const request: CommissionerLetterRequest = { letter, contractYear: this.contractYear() };
    this.busy = true;
    try {
      const preview = await firstValueFrom(this.api.previewLetter(request));
      this.current.set({ request, preview });
      this.focusAfterRender('letter-preview');
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.busy = false;
    }
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const current = this.current();
    if (this.busy || !current || !this.previewed()) return;
    this.busy = true;
    this.general.set([]);
    try {
      const sent = await firstValueFrom(this.api.sendLetter(current.request));
      this.sent.set(sentSummary(sent));
      this.current.set(null);
      this.focusAfterRender('letter-confirmation');
    } catch (error: unknown) {
      this.showProblem(error);
    } finally {
      this.busy = false;
    }
  }

  private showProblem(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 400) {
      const { fields, other } = problemsToFieldErrors(fieldProblems(error), [LETTER_FIELD, YEAR_FIELD]);
      this.errors.set(fields);
      this.general.set(other.map((text) => ({ text })));
    } else if (error instanceof HttpErrorResponse && error.status === 403) {
      this.general.set([{ text: errorMessage(error) ?? 'You cannot send commissioner letters' }]);
    } else {
      this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
    }
  }

  private focusAfterRender(id: string): void {
    afterNextRender(
      () => {
        const element = this.document.getElementById(id);
        if (!element) return;
        focusProgrammatically(element);
        element.scrollIntoView({ block: 'start' });
      },
      { injector: this.injector },
    );
  }
}
