import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthApi } from '@wres/web/auth/data-access';
import { TokenPasswordFlowComponent } from './token-password-flow.component';

@Component({
  selector: 'wres-accept-invitation-page',
  imports: [TokenPasswordFlowComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-token-password-flow
      [token]="token()"
      [send]="send"
      invalidHeading="This invitation link is not valid"
      formHeading="Create your account"
      passwordLabel="Create a password"
      submitLabel="Create account"
      successHeading="Your account is ready"
      successBody="You can now sign in with your email address and new password."
      goneHeading="This invitation has expired or has already been used"
    >
      <div invalid>
        <p>Check you copied the whole link from your invitation email.</p>
        <p>If it still does not work, ask the person who invited you to send a new invitation.</p>
      </div>
      <p intro>Choose a password to finish setting up your account.</p>
      <p done><a routerLink="/login">Sign in</a></p>
      <div gone>
        <p>Ask the person who invited you to send a new invitation.</p>
        <p>If you have already set a password, <a routerLink="/login">sign in</a>.</p>
      </div>
    </wres-token-password-flow>
  `,
})
export class AcceptInvitationPage {
  private readonly api = inject(AuthApi);

  /** The one-time token from the invitation email's link. */
  readonly token = input<string>();

  protected readonly send = (request: { token: string; password: string }) =>
    this.api.acceptInvitation(request);
}
