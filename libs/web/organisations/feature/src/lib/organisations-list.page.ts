import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ORGANISATION_KIND_LABELS, OrganisationSummary } from '@wres/shared/contracts';
import { OrganisationsApi } from '@wres/web/organisations/data-access';
import { LoadState, ServiceProblemComponent, toLoadState } from '@wres/web/shared/ui';

@Component({
  selector: 'wres-organisations-list-page',
  imports: [RouterLink, ServiceProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @if (current.status === 'failed' || current.status === 'not-found') {
      <wres-service-problem />
    } @else {
      <h1>Organisations</h1>
      @if (current.status === 'loading') {
        <p role="status">Loading organisations</p>
      } @else if (current.value.length === 0) {
        <p>There are no organisations for you to see.</p>
      } @else {
        <p>Organisations you can see because of your organisation's relationships.</p>
        <table class="nhsuk-table">
          <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
            Organisations
          </caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Name</th>
              <th class="nhsuk-table__header" scope="col">ODS code</th>
              <th class="nhsuk-table__header" scope="col">Type</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (organisation of current.value; track organisation.id) {
              <tr class="nhsuk-table__row">
                <td class="nhsuk-table__cell">
                  <a [routerLink]="['/organisations', organisation.id]">{{ organisation.name }}</a>
                </td>
                <td class="nhsuk-table__cell">{{ organisation.odsCode }}</td>
                <td class="nhsuk-table__cell">{{ kindLabels[organisation.kind] }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
})
export class OrganisationsListPage {
  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly state = toSignal(
    inject(OrganisationsApi).list().pipe(toLoadState<OrganisationSummary[]>()),
    {
      initialValue: { status: 'loading' } as LoadState<OrganisationSummary[]>,
    },
  );
}
