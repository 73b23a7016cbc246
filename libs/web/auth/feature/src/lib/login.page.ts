import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessionStore, safeReturnUrl } from '@wres/web/auth/data-access';
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

const FIELDS = ['email', 'password'] as const;

@Component({
  selector: 'wres-login-page',
  imports: [ErrorSummaryComponent, TextInputComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        <h1>Sign in</h1>
        <form novalidate (submit)="signIn($event)">
          <wres-text-input
            fieldId="email"
            label="Email address"
            type="email"
            autocomplete="email"
            [error]="errors()['email']"
            [(value)]="email"
          />
          <wres-text-input
            fieldId="password"
            label="Password"
            type="password"
            autocomplete="current-password"
            [error]="errors()['password']"
            [(value)]="password"
          />
          <button class="nhsuk-button" type="submit">Sign in</button>
        </form>
        <p><a routerLink="/reset-password">Forgotten your password?</a></p>
      </div>
    </div>
  `,
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Where to go after signing in, from the query string. */
  readonly returnUrl = input<string>();

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly errors = signal<FieldErrors>({});
  /** Problems that belong to no single field. */
  private readonly general = signal<ErrorSummaryItem[]>([]);
  private submitting = false;

  protected readonly problems = computed(() => [...this.general(), ...summaryItems(this.errors(), FIELDS)]);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected async signIn(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;

    const errors: FieldErrors = {};
    if (!this.email().trim()) errors['email'] = 'Enter your email address';
    if (!this.password()) errors['password'] = 'Enter your password';
    if (Object.keys(errors).length > 0) {
      this.show(errors, []);
      return;
    }

    this.submitting = true;
    try {
      await this.session.login({ email: this.email().trim(), password: this.password() });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error: unknown) {
      this.password.set('');
      this.showServerProblem(error);
    } finally {
      this.submitting = false;
    }
  }

  private showServerProblem(error: unknown): void {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 400) {
      const { fields, other } = problemsToFieldErrors(fieldProblems(error), FIELDS);
      this.show(
        fields,
        other.map((text) => ({ text })),
      );
    } else if (status === 401) {
      // Say which pair failed without saying which half was wrong.
      this.show({}, [{ text: 'Email address or password is incorrect', fieldId: 'email' }]);
    } else if (status === 429) {
      this.show({}, [{ text: 'Too many attempts. Wait 15 minutes and try again.' }]);
    } else {
      this.show({}, [{ text: SERVICE_PROBLEM_MESSAGE }]);
    }
  }

  private show(errors: FieldErrors, general: ErrorSummaryItem[]): void {
    this.errors.set(errors);
    this.general.set(general);
  }
}
