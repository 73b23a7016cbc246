import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { CsuDashboard } from '@wres/shared/contracts';
import { DashboardsApi } from '@wres/web/dashboards/data-access';
import { YearPickerComponent } from '@wres/web/contracts/feature';
import {
  CalendarDatePipe,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  focusProgrammatically,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { TableScrollComponent } from '@wres/web/submissions/ui';
import { switchMap } from 'rxjs';
import { distributionViews, reportingRows } from './csu-dashboard.model';
import { DashboardChartComponent } from './dashboard-chart.component';
import { DashboardDownloadsComponent, DownloadLink } from './dashboard-downloads.component';
import { exportSuppressionNote, exportTableLabel } from './dashboard-exports.model';
import { contractYearPath } from './dashboard-format.model';
import { DistributionTableComponent } from './distribution-table.component';
import { FiguresDetailsComponent } from './figures-details.component';
import { PublishedTableComponent } from './published-table.component';
import { sharedNotes } from './published-table.model';

const SECTIONS = [
  { id: 'reporting', text: 'Reporting by commissioner' },
  { id: 'distributions', text: 'Each indicator across providers' },
  { id: 'pooled', text: 'Pooled figures' },
  { id: 'trends', text: 'Trends' },
  { id: 'downloads', text: 'Download the tables' },
] as const;

/**
 * Across the CCGs and ICBs a CSU supports: reporting rate and timeliness by commissioner (each linking to that
 * commissioner's dashboard), each indicator's spread across providers as a chart with its table, and pooled
 * figures as the API publishes them, small numbers hidden.
 */
@Component({
  selector: 'wres-csu-dashboard',
  imports: [
    CalendarDatePipe,
    DashboardChartComponent,
    DashboardDownloadsComponent,
    DistributionTableComponent,
    FiguresDetailsComponent,
    PageNotFoundComponent,
    PublishedTableComponent,
    RouterLink,
    ServiceProblemComponent,
    TableScrollComponent,
    YearPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @default {
        <h1>
          <span class="nhsuk-caption-l">CSU dashboard, {{ contractYear() }}</span>
          @if (current.status === 'loaded') {
            {{ current.value.organisation.name }}
          } @else {
            The commissioners you support
          }
        </h1>
        <wres-year-picker [year]="contractYear()" (show)="showYear($event)" />
        @if (current.status === 'loading') {
          <p role="status">Loading the dashboard</p>
        } @else if (current.status === 'loaded') {
          @let dashboard = current.value;
          <p>
            {{ dashboard.commissioners.length }}
            {{ dashboard.commissioners.length === 1 ? 'commissioner holds' : 'commissioners hold' }}
            co-ordinated contracts in {{ dashboard.contractYear }}.
            @if (dashboard.dueDate) {
              Annual reports were due by {{ dashboard.dueDate | calendarDate }}.
            }
            Figures as at {{ dashboard.asOf | calendarDate }}.
          </p>
          <nav class="nhsuk-contents-list" aria-label="On this page">
            <h2 class="nhsuk-u-visually-hidden">On this page</h2>
            <ol class="nhsuk-contents-list__list">
              @for (section of sections; track section.id) {
                <li class="nhsuk-contents-list__item">
                  <a
                    class="nhsuk-contents-list__link"
                    [href]="'#' + section.id"
                    (click)="goTo($event, section.id)"
                    >{{ section.text }}</a
                  >
                </li>
              }
            </ol>
          </nav>

          <h2 id="reporting">Reporting by commissioner</h2>
          <p>
            Reports expected are WRES annual reports from providers on contracts each commissioner
            co-ordinates. A provider co-ordinated by two commissioners is expected by each, so the totals add
            up the rows.
          </p>
          <wres-table-scroll label="Reporting rate and timeliness by commissioner">
            <table class="nhsuk-table nhsuk-table--compact">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                Reporting rate and timeliness by commissioner,
                {{
                  dashboard.contractYear
                }}
              </caption>
              <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="col">Commissioner</th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                    Reports expected
                  </th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                    Submitted on time
                  </th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Submitted late</th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Overdue</th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Not yet due</th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Reporting rate</th>
                  <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">On time</th>
                  <th class="nhsuk-table__header" scope="col">Trends</th>
                </tr>
              </thead>
              <tbody class="nhsuk-table__body">
                @for (row of reporting(); track row.commissionerId) {
                  <tr class="nhsuk-table__row" [class.app-total-row]="row.total">
                    <th class="nhsuk-table__header" scope="row">
                      @if (row.commissionerId) {
                        <a
                          routerLink="/dashboards"
                          [queryParams]="{ year: yearPath(), commissionerId: row.commissionerId }"
                          ><span class="nhsuk-u-visually-hidden">Dashboard for </span>{{ row.name }}</a
                        >
                      } @else {
                        {{ row.name }}
                      }
                    </th>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.expected }}</td>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.submittedOnTime }}</td>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.submittedLate }}</td>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.overdue }}</td>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.due }}</td>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.reportingRate }}</td>
                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.timeliness }}</td>
                    <td class="nhsuk-table__cell">
                      @if (row.commissionerId) {
                        <a
                          routerLink="/dashboards/trends"
                          [queryParams]="{ scope: 'portfolio', commissionerId: row.commissionerId }"
                          >Trends<span class="nhsuk-u-visually-hidden"> for {{ row.name }}</span></a
                        >
                      } @else {
                        <a routerLink="/dashboards/trends" [queryParams]="{ scope: 'region' }"
                          >Trends<span class="nhsuk-u-visually-hidden"> for all commissioners</span></a
                        >
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </wres-table-scroll>

          <h2 id="distributions">Each indicator across providers</h2>
          <p>
            Each provider’s figure from its latest submitted version, with its 95% confidence interval. The
            marker’s shape says whether the figure differs significantly from parity, and on which side; the
            tables say it in words. Providers are listed under the commissioner their figures are pooled
            under.
          </p>
          @for (view of distributions(); track view.indicator) {
            <h3>{{ view.title }}</h3>
            <p>{{ view.summary }}</p>
            @if (view.chart; as chart) {
              <wres-dashboard-chart
                [spec]="chart"
                [label]="view.chartLabel"
                [note]="view.chartNote"
                [caption]="'Each provider’s figure and 95% confidence interval, ' + dashboard.contractYear"
              >
                <wres-figures-details [subject]="view.title">
                  <wres-distribution-table [view]="view" [contractYear]="dashboard.contractYear" />
                </wres-figures-details>
              </wres-dashboard-chart>
            } @else if (view.rows.length > 0) {
              <wres-distribution-table [view]="view" [contractYear]="dashboard.contractYear" />
            }
          }

          <h2 id="pooled">Pooled figures</h2>
          @for (note of pooledNotes(); track $index) {
            <p>{{ note }}</p>
          }
          @for (table of dashboard.pooled; track table.key) {
            <h3>{{ table.title }}</h3>
            <wres-published-table
              [table]="table"
              [hideCaption]="true"
              [shownAbove]="pooledNotes()"
              [csvUrl]="csvUrl(table.key)"
            />
          }

          <h2 id="trends">Trends</h2>
          <ul class="nhsuk-list nhsuk-list--bullet">
            <li>
              <a routerLink="/dashboards/trends" [queryParams]="{ scope: 'region' }"
                >Every indicator across the years for all the commissioners, pooled</a
              >
            </li>
            <li>One commissioner’s providers pooled: follow Trends in the reporting table.</li>
          </ul>

          <h2 id="downloads">Download the tables</h2>
          <wres-dashboard-downloads
            [workbookUrl]="workbookUrl()"
            [csvLinks]="csvLinks()"
            [note]="exportNote()"
          />
        }
      }
    }
  `,
  styles: `
    .app-total-row .nhsuk-table__header,
    .app-total-row .nhsuk-table__cell {
      font-weight: bold;
    }
  `,
})
export class CsuDashboardComponent {
  private readonly api = inject(DashboardsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  /** "2024/25". */
  readonly contractYear = input.required<string>();

  protected readonly sections = SECTIONS;
  protected readonly yearPath = computed(() => contractYearPath(this.contractYear()));

  protected readonly state = toSignal(
    toObservable(this.contractYear).pipe(
      switchMap((contractYear) => this.api.csu(contractYear).pipe(toLoadState<CsuDashboard>())),
    ),
    { initialValue: { status: 'loading' } as LoadState<CsuDashboard> },
  );

  private readonly dashboard = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  protected readonly reporting = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? reportingRows(dashboard) : [];
  });
  protected readonly distributions = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? distributionViews(dashboard) : [];
  });
  /** The pooling rule and the notes every pooled table shares, said once above them. */
  protected readonly pooledNotes = computed(() => {
    const dashboard = this.dashboard();
    if (!dashboard) return [];
    const shared = sharedNotes(dashboard.pooled);
    return shared.includes(dashboard.pooling) ? shared : [dashboard.pooling, ...shared];
  });
  protected readonly exportNote = computed(() =>
    exportSuppressionNote(this.dashboard()?.pooled[0]?.threshold),
  );

  protected readonly workbookUrl = computed(() =>
    this.api.exportUrl({ dashboard: 'csu', contractYear: this.contractYear(), format: 'xlsx' }),
  );
  protected readonly csvLinks = computed((): DownloadLink[] =>
    (this.dashboard()?.exportTables ?? []).map((table) => ({
      label: exportTableLabel('csu', table),
      url: this.csvUrl(table),
    })),
  );

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
      else if (current.status === 'loaded') {
        this.title.setTitle(
          formatPageTitle(
            `CSU dashboard for ${current.value.organisation.name}, ${current.value.contractYear}`,
          ),
        );
      }
    });
  }

  protected csvUrl(table: string): string {
    return this.api.exportUrl({ dashboard: 'csu', contractYear: this.contractYear(), format: 'csv', table });
  }

  protected showYear(year: string): void {
    void this.router.navigate(['/dashboards'], { queryParams: { year: contractYearPath(year) } });
  }

  protected goTo(event: Event, id: string): void {
    const target = this.document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    focusProgrammatically(target);
    target.scrollIntoView({ block: 'start' });
  }
}
