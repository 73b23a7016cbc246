import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { CommissionerDashboard } from '@wres/shared/contracts';
import { DashboardsApi } from '@wres/web/dashboards/data-access';
import { YearPickerComponent } from '@wres/web/contracts/feature';
import {
  BackLinkComponent,
  CalendarDatePipe,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  TagComponent,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { TableScrollComponent } from '@wres/web/submissions/ui';
import { switchMap } from 'rxjs';
import {
  HEADLINE_HEADINGS,
  HEADLINE_INDICATORS,
  headlineCounts,
  includesText,
  providersView,
  summaryGroups,
} from './commissioner-dashboard.model';
import { DashboardDownloadsComponent, DownloadLink } from './dashboard-downloads.component';
import { exportSuppressionNote, exportTableLabel } from './dashboard-exports.model';
import { TREND_MARKER_KEY, contractYearPath } from './dashboard-format.model';
import { HeadlineCellComponent } from './headline-cell.component';

/**
 * One commissioner's year: providers in scope, exempt and presumed; reports due, overdue, submitted on time
 * or late and where each is in assurance; each provider's headline indicators, with links to the provider
 * and its report. Figures are the commissioner's own, unsuppressed; downloads are suppressed.
 */
@Component({
  selector: 'wres-commissioner-dashboard',
  imports: [
    BackLinkComponent,
    CalendarDatePipe,
    DashboardDownloadsComponent,
    HeadlineCellComponent,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    TableScrollComponent,
    TagComponent,
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
        @if (commissionerId()) {
          <wres-back-link
            link="/dashboards"
            [queryParams]="{ year: yearPath() }"
            text="Back to the dashboard for all commissioners"
          />
        }
        <h1>
          <span class="nhsuk-caption-l">Commissioner dashboard, {{ contractYear() }}</span>
          @if (current.status === 'loaded') {
            {{ current.value.commissioner.name }}
          } @else {
            Your providers
          }
        </h1>
        <wres-year-picker [year]="contractYear()" (show)="showYear($event)" />
        @if (current.status === 'loading') {
          <p role="status">Loading the dashboard</p>
        } @else if (current.status === 'loaded') {
          @let dashboard = current.value;
          <p>
            @if (dashboard.dueDate) {
              Annual reports for {{ dashboard.contractYear }} were due by
              {{ dashboard.dueDate | calendarDate }}.
            }
            Figures as at {{ dashboard.asOf | calendarDate }}.
          </p>
          @if (includes(); as text) {
            <p>{{ text }}</p>
          }

          <h2>Summary</h2>
          <p>
            {{ dashboard.summary.providers }}
            {{ dashboard.summary.providers === 1 ? 'provider' : 'providers' }} on contracts
            {{ dashboard.commissioner.name }} co-ordinates in {{ dashboard.contractYear }}.
          </p>
          <ul class="nhsuk-grid-row nhsuk-card-group">
            @for (card of cards(); track card.label) {
              <li class="nhsuk-grid-column-one-third nhsuk-card-group__item">
                <div class="nhsuk-card">
                  <div class="nhsuk-card__content">
                    <h3 class="nhsuk-card__heading nhsuk-heading-s">{{ card.label }}</h3>
                    <p class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{{ card.count }}</p>
                    <p class="nhsuk-card__description nhsuk-u-font-size-16">{{ card.description }}</p>
                  </div>
                </div>
              </li>
            }
          </ul>
          <div class="nhsuk-grid-row">
            @for (group of groups(); track group.id) {
              <div class="nhsuk-grid-column-one-third">
                <table class="nhsuk-table nhsuk-table--compact">
                  <caption class="nhsuk-table__caption nhsuk-table__caption--m">
                    {{
                      group.heading
                    }}
                  </caption>
                  <thead class="nhsuk-table__head">
                    <tr class="nhsuk-table__row">
                      <th class="nhsuk-table__header" scope="col">Providers</th>
                      <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Number</th>
                    </tr>
                  </thead>
                  <tbody class="nhsuk-table__body">
                    @for (line of group.lines; track line.label) {
                      <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header app-row-header" scope="row">{{ line.label }}</th>
                        <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ line.count }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
                @if (group.note) {
                  <p class="nhsuk-u-font-size-16">{{ group.note }}</p>
                }
              </div>
            }
          </div>

          <h2>Providers</h2>
          @if (providers().rows.length === 0) {
            <p>
              {{ dashboard.commissioner.name }} has no contracts with providers in
              {{ dashboard.contractYear }}.
            </p>
          } @else {
            <wres-table-scroll label="Reports and assurance">
              <table class="nhsuk-table nhsuk-table--compact">
                <caption class="nhsuk-table__caption nhsuk-table__caption--m">
                  Reports and assurance
                </caption>
                <thead class="nhsuk-table__head">
                  <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">Provider</th>
                    <th class="nhsuk-table__header" scope="col">Scope</th>
                    <th class="nhsuk-table__header" scope="col">Annual report</th>
                    <th class="nhsuk-table__header" scope="col">Assurance</th>
                    <th class="nhsuk-table__header" scope="col">More</th>
                  </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                  @for (row of providers().rows; track row.id) {
                    <tr class="nhsuk-table__row">
                      <th class="nhsuk-table__header app-row-header" scope="row">
                        <a [routerLink]="['/providers', row.id]" [queryParams]="{ year: yearPath() }">{{
                          row.name
                        }}</a>
                        <span class="nhsuk-u-display-block nhsuk-u-font-size-16 app-normal"
                          >ODS {{ row.odsCode }}{{ row.coordinating ? '' : ' · associate only' }}</span
                        >
                      </th>
                      <td class="nhsuk-table__cell">
                        {{ row.scope }}
                        @if (row.scopeStatus) {
                          <span class="nhsuk-u-display-block">
                            <wres-tag
                              [text]="row.scopeStatus"
                              [colour]="row.scopeStatus === 'Confirmed' ? 'green' : 'yellow'"
                            />
                          </span>
                        }
                      </td>
                      <td class="nhsuk-table__cell">
                        <wres-tag [text]="row.status.text" [colour]="row.status.colour" />
                        @if (row.lateness) {
                          <span class="nhsuk-u-display-block nhsuk-u-font-size-16">{{ row.lateness }}</span>
                        }
                      </td>
                      <td class="nhsuk-table__cell">{{ row.review }}</td>
                      <td class="nhsuk-table__cell">
                        <ul class="nhsuk-list nhsuk-u-font-size-16 nhsuk-u-margin-bottom-0">
                          <li>
                            <a [routerLink]="row.reportLink"
                              >Report<span class="nhsuk-u-visually-hidden">
                                for {{ row.name }}, {{ dashboard.contractYear }}</span
                              ></a
                            >
                          </li>
                          <li>
                            <a routerLink="/dashboards/trends" [queryParams]="{ providerId: row.id }"
                              >Trends<span class="nhsuk-u-visually-hidden"> for {{ row.name }}</span></a
                            >
                          </li>
                        </ul>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </wres-table-scroll>

            <h3>Headline indicators</h3>
            <p>
              From each provider’s latest submitted version, as submitted (not hidden for small numbers).
              Relative likelihoods above 1 and survey differences above 0 mean BME staff fare worse, except
              indicator 7, where below 0 is worse. {{ trendKey }}
            </p>
            <p>
              Caution: small numbers means at least one group is small, so the figure can swing widely from
              one year to the next and a large-looking difference may be down to chance.
            </p>
            <wres-table-scroll label="Headline indicators">
              <table class="nhsuk-table nhsuk-table--compact app-headline-table">
                <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Headline indicators by provider,
                  {{
                    dashboard.contractYear
                  }}
                </caption>
                <thead class="nhsuk-table__head">
                  <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">Provider</th>
                    @for (indicator of headlineIndicators; track indicator) {
                      <th class="nhsuk-table__header" scope="col">{{ headlineHeadings[indicator] }}</th>
                    }
                  </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                  @for (row of providers().rows; track row.id) {
                    <tr class="nhsuk-table__row">
                      <th class="nhsuk-table__header app-row-header" scope="row">{{ row.name }}</th>
                      @if (row.headline; as cells) {
                        @for (cell of cells; track cell.indicator) {
                          <td class="nhsuk-table__cell"><wres-headline-cell [cell]="cell" /></td>
                        }
                      } @else {
                        <td class="nhsuk-table__cell" [attr.colspan]="headlineIndicators.length">
                          No report submitted
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </wres-table-scroll>
            @if (providers().notes.length > 0) {
              <h4 class="nhsuk-heading-xs">Notes</h4>
              <ol class="nhsuk-list nhsuk-list--number nhsuk-u-font-size-16">
                @for (note of providers().notes; track note.number) {
                  <li>{{ note.text }}</li>
                }
              </ol>
            }
          }

          <h2>Trends</h2>
          <p>
            <a
              routerLink="/dashboards/trends"
              [queryParams]="{ scope: 'portfolio', commissionerId: dashboard.commissioner.id }"
              >Every indicator across the years for {{ dashboard.commissioner.name }}’s providers, pooled</a
            >
          </p>

          <h2>Download the tables</h2>
          <wres-dashboard-downloads
            [workbookUrl]="workbookUrl()"
            [csvLinks]="csvLinks()"
            [note]="exportNote"
          />
        }
      }
    }
  `,
  styles: `
    .app-row-header {
      min-width: 12em;
    }
    .app-normal {
      font-weight: normal;
    }
    .app-headline-table .nhsuk-table__header {
      min-width: 9em;
    }
  `,
})
export class CommissionerDashboardComponent {
  private readonly api = inject(DashboardsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** "2024/25". */
  readonly contractYear = input.required<string>();
  /** Another commissioner's dashboard (CSU analysts and admins); the caller's own when null. */
  readonly commissionerId = input<string | null>(null);

  protected readonly headlineIndicators = HEADLINE_INDICATORS;
  protected readonly headlineHeadings = HEADLINE_HEADINGS;
  protected readonly trendKey = TREND_MARKER_KEY;
  protected readonly exportNote = exportSuppressionNote();

  protected readonly yearPath = computed(() => contractYearPath(this.contractYear()));

  private readonly question = computed(() => ({
    contractYear: this.contractYear(),
    commissionerId: this.commissionerId(),
  }));

  protected readonly state = toSignal(
    toObservable(this.question).pipe(
      switchMap(({ contractYear, commissionerId }) =>
        this.api.commissioner(contractYear, commissionerId).pipe(toLoadState<CommissionerDashboard>()),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<CommissionerDashboard> },
  );

  private readonly dashboard = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  protected readonly cards = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? headlineCounts(dashboard.summary) : [];
  });
  protected readonly groups = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? summaryGroups(dashboard.summary) : [];
  });
  protected readonly providers = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? providersView(dashboard) : { rows: [], notes: [] };
  });
  protected readonly includes = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? includesText(dashboard) : null;
  });

  protected readonly workbookUrl = computed(() =>
    this.api.exportUrl({
      dashboard: 'commissioner',
      contractYear: this.contractYear(),
      format: 'xlsx',
      commissionerId: this.commissionerId(),
    }),
  );
  protected readonly csvLinks = computed((): DownloadLink[] =>
    (this.dashboard()?.exportTables ?? []).map((table) => ({
      label: exportTableLabel('commissioner', table),
      url: this.api.exportUrl({
        dashboard: 'commissioner',
        contractYear: this.contractYear(),
        format: 'csv',
        table,
        commissionerId: this.commissionerId(),
      }),
    })),
  );

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
      else if (current.status === 'loaded') {
        this.title.setTitle(
          formatPageTitle(`Dashboard for ${current.value.commissioner.name}, ${current.value.contractYear}`),
        );
      }
    });
  }

  protected showYear(year: string): void {
    void this.router.navigate(['/dashboards'], {
      queryParams: { year: contractYearPath(year), commissionerId: this.commissionerId() ?? undefined },
    });
  }
}
