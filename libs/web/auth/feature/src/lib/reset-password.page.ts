import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthApi } from '@wres/web/auth/data-access';
import {
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  SERVICE_PROBLEM_MESSAGE,
  TextInputComponent,
  errorPrefixedTitle,
  fieldProblems,
  problemsToFieldErrors,
  summaryItems,
} from '@wres/web/shared/ui';
import { firstValueFrom } from 'rxjs';

const FIELDS = ['email'] as const;

@Component({
  selector: 'wres-reset-password-page',
  imports: [ErrorSummaryComponent, TextInputComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (sentTo(); as sentTo) {
          <h1>Check your email</h1>
          <p>If an account exists, we have sent a link to {{ sentTo }}. Use it to choose a new password.</p>
          <p>If you do not get an email in a few minutes, check your spam folder or request another link.</p>
          <p><a routerLink="/login">Return to sign in</a></p>
        } @else {
          @if (problems().length > 0) {
            <wres-error-summary [items]="problems()" />
          }
          <h1>Reset your password</h1>
          <p>Enter the email address you use to sign in. We will send you a link to choose a new password.</p>
          <form novalidate (submit)="request($event)">
            <wres-text-input
              fieldId="email"
              label="Email address"
              type="email"
              autocomplete="email"
              [error]="errors()['email']"
              [(value)]="email"
            />
            <button class="nhsuk-button" type="submit">Send reset link</button>
          </form>
          <p><a routerLink="/login">Return to sign in</a></p>
        }
      </div>
    </div>
  `,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);

  protected readonly email = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly sentTo = signal<string | null>(null);
  private submitting = false;

  protected readonly problems = computed(() => [...this.general(), ...summaryItems(this.errors(), FIELDS)]);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected async request(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;
    const email = this.email().trim();
    this.general.set([]);
    if (!email) {
      this.errors.set({ email: 'Enter your email address' });
      return;
    }
    this.errors.set({});

    this.submitting = true;
    try {
      await firstValueFrom(this.api.requestPasswordReset({ email }));
      this.sentTo.set(email);
    } catch (error: unknown) {
      const { fields, other } = problemsToFieldErrors(fieldProblems(error), FIELDS);
      const known = Object.keys(fields).length > 0 || other.length > 0;
      this.errors.set(fields);
      this.general.set(known ? other.map((text) => ({ text })) : [{ text: SERVICE_PROBLEM_MESSAGE }]);
    } finally {
      this.submitting = false;
    }
  }
}
