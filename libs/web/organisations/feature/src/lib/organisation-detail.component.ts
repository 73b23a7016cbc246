import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ORGANISATION_KIND_LABELS,
  OrganisationDetail,
  OrganisationSummary,
  PROVIDER_KIND_LABELS,
} from '@wres/shared/contracts';
import { RELATION_LABELS } from '@wres/web/organisations/data-access';
import {
  SummaryListComponent,
  SummaryListRow,
  SummaryListValue,
  formatCalendarDate,
  textRow,
} from '@wres/web/shared/ui';

function organisationLink(organisation: OrganisationSummary): SummaryListValue {
  return { text: organisation.name, link: `/organisations/${organisation.id}` };
}

/** One organisation: its register entry, what replaced it and how it relates to others. */
@Component({
  selector: 'wres-organisation-detail',
  imports: [RouterLink, SummaryListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let org = organisation();
    <h1>
      <span class="nhsuk-caption-l">{{ caption() }}</span> {{ org.name }}
    </h1>

    <wres-summary-list [rows]="rows()" />

    <h2>Related organisations</h2>
    @if (org.related.length === 0) {
      <p>No organisations are related to {{ org.name }}.</p>
    } @else {
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
          Organisations related to
          {{
            org.name
          }}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Relationship</th>
            <th class="nhsuk-table__header" scope="col">Organisation</th>
            <th class="nhsuk-table__header" scope="col">ODS code</th>
            <th class="nhsuk-table__header" scope="col">Type</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (related of org.related; track related.id + related.relation) {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell">{{ relationLabels[related.relation] }}</td>
              <td class="nhsuk-table__cell">
                <a [routerLink]="['/organisations', related.id]">{{ related.name }}</a>
              </td>
              <td class="nhsuk-table__cell">{{ related.odsCode }}</td>
              <td class="nhsuk-table__cell">{{ kindLabels[related.kind] }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class OrganisationDetailComponent {
  readonly organisation = input.required<OrganisationDetail>();
  /** Shown above the name in the page heading. */
  readonly caption = input('Organisation');

  protected readonly relationLabels = RELATION_LABELS;
  protected readonly kindLabels = ORGANISATION_KIND_LABELS;

  protected readonly rows = computed((): SummaryListRow[] => {
    const org = this.organisation();
    return [
      textRow('ODS code', org.odsCode),
      textRow('Type', ORGANISATION_KIND_LABELS[org.kind]),
      ...(org.providerKind ? [textRow('Provider type', PROVIDER_KIND_LABELS[org.providerKind])] : []),
      textRow('Valid from', org.validFrom ? formatCalendarDate(org.validFrom) : 'No start date'),
      textRow('Valid to', org.validTo ? formatCalendarDate(org.validTo) : 'No end date'),
      { key: 'Successor', values: org.successor ? [organisationLink(org.successor)] : [] },
      { key: 'Predecessors', values: org.predecessors.map(organisationLink) },
    ];
  });
}
