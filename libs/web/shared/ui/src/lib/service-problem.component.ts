import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Shown in place of a page when the API fails in a way the user cannot fix. */
@Component({
  selector: 'wres-service-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Sorry, there is a problem with the service</h1>
    <p>Try again later.</p>
  `,
})
export class ServiceProblemComponent {}
