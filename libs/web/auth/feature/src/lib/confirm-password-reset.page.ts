import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthApi } from '@wres/web/auth/data-access';
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
import { firstValueFrom } from 'rxjs';
import { NEW_PASSWORD_FIELDS, NEW_PASSWORD_HINT, validateNewPassword } from './new-password.validation';

type Outcome = 'form' | 'changed' | 'gone';

@Component({
  selector: 'wres-confirm-password-reset-page',
  imports: [ErrorSummaryComponent, TextInputComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (!token()) {
          <h1>This password reset link is not valid</h1>
          <p>Check you copied the whole link from the email.</p>
          <p><a routerLink="/reset-password">Request a new link</a></p>
        } @else if (outcome() === 'changed') {
          <div class="nhsuk-panel">
            <h1 class="nhsuk-panel__heading">Your password has been changed</h1>
            <div class="nhsuk-panel__body">You can now sign in with your new password.</div>
          </div>
          <p><a routerLink="/login">Sign in</a></p>
        } @else if (outcome() === 'gone') {
          <h1>This password reset link has expired or has already been used</h1>
          @if (goneMessage()) {
            <p>{{ goneMessage() }}</p>
          }
          <p><a routerLink="/reset-password">Request a new link</a></p>
        } @else {
          @if (problems().length > 0) {
            <wres-error-summary [items]="problems()" />
          }
          <h1>Choose a new password</h1>
          <form novalidate (submit)="confirm($event)">
            <wres-text-input
              fieldId="password"
              label="New password"
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
            <button class="nhsuk-button" type="submit">Change password</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class ConfirmPasswordResetPage {
  private readonly api = inject(AuthApi);

  /** The one-time token from the reset email's link. */
  readonly token = input<string>();

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

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const token = this.token();
    if (this.submitting || !token) return;

    const errors = validateNewPassword(this.password(), this.confirmPassword());
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    try {
      await firstValueFrom(this.api.confirmPasswordReset({ token, password: this.password() }));
      this.outcome.set('changed');
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
