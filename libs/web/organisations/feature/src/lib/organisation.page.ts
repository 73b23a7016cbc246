import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import type { OrganisationDetail } from '@wres/shared/contracts';
import { OrganisationsApi } from '@wres/web/organisations/data-access';
import {
  BackLinkComponent,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { switchMap } from 'rxjs';
import { OrganisationDetailComponent } from './organisation-detail.component';

@Component({
  selector: 'wres-organisation-page',
  imports: [BackLinkComponent, OrganisationDetailComponent, PageNotFoundComponent, ServiceProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading organisation</p>
      }
      @case ('loaded') {
        <wres-back-link link="/organisations" text="All organisations" />
        <wres-organisation-detail [organisation]="current.value" />
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
export class OrganisationPage {
  private readonly api = inject(OrganisationsApi);
  private readonly title = inject(Title);

  /** The organisation's id, from the route. */
  readonly id = input.required<string>();

  protected readonly state = toSignal(
    toObservable(this.id).pipe(switchMap((id) => this.api.get(id).pipe(toLoadState<OrganisationDetail>()))),
    { initialValue: { status: 'loading' } as LoadState<OrganisationDetail> },
  );

  constructor() {
    // The route only knows this is "an organisation"; name the page once the answer is in.
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded') this.title.setTitle(formatPageTitle(current.value.name));
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }
}
