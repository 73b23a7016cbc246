import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface DownloadLink {
  label: string;
  url: string;
}

/** The dashboard's tables to download: every table in one workbook, or one table as CSV. */
@Component({
  selector: 'wres-dashboard-downloads',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ note() }}</p>
    <p>
      <a [href]="workbookUrl()" download>Download all tables (Excel, XLSX)</a>
    </p>
    <h3 class="nhsuk-heading-s">One table as CSV</h3>
    <ul class="nhsuk-list nhsuk-list--bullet">
      @for (link of csvLinks(); track link.url) {
        <li>
          <a [href]="link.url" download
            >{{ link.label }}<span class="nhsuk-u-visually-hidden"> (CSV)</span></a
          >
        </li>
      }
    </ul>
  `,
})
export class DashboardDownloadsComponent {
  readonly workbookUrl = input.required<string>();
  readonly csvLinks = input.required<readonly DownloadLink[]>();
  /** What the downloads hide, in a sentence. */
  readonly note = input.required<string>();
}
