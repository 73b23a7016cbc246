import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import {
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  SERVICE_PROBLEM_MESSAGE,
  TextInputComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  problemsToFieldErrors,
  summaryItems,
} from '@wres/web/shared/ui';
import { firstValueFrom, Observable } from 'rxjs';
import { NEW_PASSWORD_FIELDS, NEW_PASSWORD_HINT, validateNewPassword } from './new-password.validation';

type Outcome = 'form' | 'done' | 'gone';

/**
 * The journey behind an emailed one-time link that ends in choosing a password (accepting an invitation,
 * resetting a password): a missing token, the form with its errors, success, and an expired or used link.
 * The pages supply the words; projected content marked `invalid`, `intro` and `gone` fills the prose slots.
 */
@Component({
  selector: 'wres-token-password-flow',
  imports: [ErrorSummaryComponent, TextInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (!token()) {
          <h1>{{ invalidHeading() }}</h1>
          <ng-content select="[invalid]" />
        } @else if (outcome() === 'done') {
          <div class="nhsuk-panel">
            <h1 class="nhsuk-panel__heading">{{ successHeading() }}</h1>
            <div class="nhsuk-panel__body">{{ successBody() }}</div>
          </div>
          <ng-content select="[done]" />
        } @else if (outcome() === 'gone') {
          <h1>{{ goneHeading() }}</h1>
          @if (goneMessage()) {
            <p>{{ goneMessage() }}</p>
          }
          <ng-content select="[gone]" />
        } @else {
          @if (problems().length > 0) {
            <wres-error-summary [items]="problems()" />
          }
          <h1>{{ formHeading() }}</h1>
          <ng-content select="[intro]" />
          <form novalidate (submit)="submit($event)">
            <wres-text-input
              fieldId="password"
              [label]="passwordLabel()"
              type="password"
              autocomplete="new-password"
              [hint]="hint"
              [error]="errors()['password']"
              [(value)]="password"
            />
            <wres-text-input
              fieldId="confirmPassword"
              label="Confirm password"
              type="password"
              autocomplete="new-password"
              [error]="errors()['confirmPassword']"
              [(value)]="confirmPassword"
            />
            <button class="nhsuk-button" type="submit">{{ submitLabel() }}</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class TokenPasswordFlowComponent {
  /** The one-time token from the emailed link. */
  readonly token = input<string>();
  /** Sends the token and the chosen password; 410 means the link has expired or was used. */
  readonly send = input.required<(request: { token: string; password: string }) => Observable<void>>();
  readonly invalidHeading = input.required<string>();
  readonly formHeading = input.required<string>();
  readonly passwordLabel = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly successHeading = input.required<string>();
  readonly successBody = input.required<string>();
  readonly goneHeading = input.required<string>();

  protected readonly hint = NEW_PASSWORD_HINT;
  protected readonly password = signal('');
  protected readonly confirmPassword = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly outcome = signal<Outcome>('form');
  protected readonly goneMessage = signal<string | null>(null);
  private submitting = false;

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), NEW_PASSWORD_FIELDS),
  ]);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const token = this.token();
    if (this.submitting || !token) return;

    const errors = validateNewPassword(this.password(), this.confirmPassword());
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    try {
      await firstValueFrom(this.send()({ token, password: this.password() }));
      this.outcome.set('done');
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 410) {
        this.goneMessage.set(errorMessage(error));
        this.outcome.set('gone');
      } else if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = problemsToFieldErrors(fieldProblems(error), NEW_PASSWORD_FIELDS);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }
}
