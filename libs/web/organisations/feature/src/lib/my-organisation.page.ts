import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { OrganisationsApi } from '@wres/web/organisations/data-access';
import { LoadState, PageNotFoundComponent, ServiceProblemComponent, toLoadState } from '@wres/web/shared/ui';
import type { OrganisationDetail } from '@wres/shared/contracts';
import { OrganisationDetailComponent } from './organisation-detail.component';

@Component({
  selector: 'wres-my-organisation-page',
  imports: [OrganisationDetailComponent, PageNotFoundComponent, ServiceProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading your organisation</p>
      }
      @case ('loaded') {
        <wres-organisation-detail caption="My organisation" [organisation]="current.value" />
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
    }
  `,
})
export class MyOrganisationPage {
  protected readonly state = toSignal(
    inject(OrganisationsApi).mine().pipe(toLoadState<OrganisationDetail>()),
    {
      initialValue: { status: 'loading' } as LoadState<OrganisationDetail>,
    },
  );
}
