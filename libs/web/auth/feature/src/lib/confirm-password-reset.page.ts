import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthApi } from '@wres/web/auth/data-access';
import { TokenPasswordFlowComponent } from './token-password-flow.component';

@Component({
  selector: 'wres-confirm-password-reset-page',
  imports: [TokenPasswordFlowComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-token-password-flow
      [token]="token()"
      [send]="send"
      invalidHeading="This password reset link is not valid"
      formHeading="Choose a new password"
      passwordLabel="New password"
      submitLabel="Change password"
      successHeading="Your password has been changed"
      successBody="You can now sign in with your new password."
      goneHeading="This password reset link has expired or has already been used"
    >
      <div invalid>
        <p>Check you copied the whole link from the email.</p>
        <p><a routerLink="/reset-password">Request a new link</a></p>
      </div>
      <p done><a routerLink="/login">Sign in</a></p>
      <p gone><a routerLink="/reset-password">Request a new link</a></p>
    </wres-token-password-flow>
  `,
})
export class ConfirmPasswordResetPage {
  private readonly api = inject(AuthApi);

  /** The one-time token from the reset email's link. */
  readonly token = input<string>();

  protected readonly send = (request: { token: string; password: string }) =>
    this.api.confirmPasswordReset(request);
}
