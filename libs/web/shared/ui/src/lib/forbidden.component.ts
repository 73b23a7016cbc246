import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'wres-forbidden',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>You do not have permission to see this page</h1>
    <p>Your role does not allow you to see this page.</p>
    <p>If you think you should have access, contact an administrator in your organisation.</p>
    <p><a routerLink="/">Go to the home page</a></p>
  `,
})
export class ForbiddenComponent {}
