import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { DashboardTrends } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { DashboardsApi, TrendsQuestion } from '@wres/web/dashboards/data-access';
import {
  BackLinkComponent,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { switchMap } from 'rxjs';
import { DashboardChartComponent } from './dashboard-chart.component';
import { FiguresDetailsComponent } from './figures-details.component';
import { suppressionNote } from './published-table.model';
import { TrendTableComponent } from './trend-table.component';
import { SUBJECT_DESCRIPTIONS, trendViews } from './trends.model';

const SUBJECT_CAPTIONS = {
  provider: 'Trends for a provider',
  portfolio: 'Trends for a commissioner’s providers, pooled',
  region: 'Trends for all the commissioners, pooled',
} as const;

/**
 * Every indicator across contract years, for one provider (its own figures), a commissioner's providers
 * pooled, or every commissioner in the caller's remit pooled: a line chart per indicator with its table.
 */
@Component({
  selector: 'wres-trends-page',
  imports: [
    BackLinkComponent,
    DashboardChartComponent,
    FiguresDetailsComponent,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    TrendTableComponent,
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
        <wres-back-link link="/dashboards" [queryParams]="backQuery()" text="Back to the dashboard" />
        @if (current.status === 'loading') {
          <h1>Trends across the years</h1>
          <p role="status">Loading the trends</p>
        } @else if (current.status === 'loaded') {
          @let trends = current.value;
          <h1>
            <span class="nhsuk-caption-l">{{ captions[trends.subject.kind] }}</span>
            {{ trends.subject.organisation.name }}
          </h1>
          <p>{{ descriptions[trends.subject.kind] }}</p>
          @if (trends.suppressed) {
            <p>Small numbers are hidden. {{ hiddenNote() }}</p>
          } @else {
            <p>
              These are the provider’s own figures, as its reports show them: nothing is hidden for small
              numbers, so take care before sharing them beyond the commissioners.
            </p>
          }
          <ul class="nhsuk-list nhsuk-u-font-size-16">
            @for (note of trends.notes; track $index) {
              <li>{{ note }}</li>
            }
          </ul>
          <ul class="nhsuk-list nhsuk-list--bullet">
            @if (trends.subject.kind === 'provider') {
              <li>
                <a [routerLink]="['/reports', trends.subject.organisation.id]"
                  >{{ trends.subject.organisation.name }}’s WRES reports, year by year</a
                >
              </li>
            }
            @if (isCommissioner() && trends.subject.kind !== 'portfolio') {
              <li>
                <a routerLink="/dashboards/trends" [queryParams]="{ scope: 'portfolio' }"
                  >Trends for your providers, pooled</a
                >
              </li>
            }
            @if (!isCommissioner() && trends.subject.kind !== 'region') {
              <li>
                <a routerLink="/dashboards/trends" [queryParams]="{ scope: 'region' }"
                  >Trends for all the commissioners you support, pooled</a
                >
              </li>
            }
          </ul>

          @for (view of views(); track view.indicator) {
            <h2>{{ view.title }}</h2>
            <p>{{ view.summary }}</p>
            @if (view.chart; as chart) {
              <wres-dashboard-chart
                [spec]="chart"
                [label]="view.chartLabel"
                [note]="view.chartNote"
                [caption]="'Year by year for ' + trends.subject.organisation.name"
              >
                <wres-figures-details [subject]="view.title">
                  <wres-trend-table [view]="view" [subject]="trends.subject.organisation.name" />
                </wres-figures-details>
              </wres-dashboard-chart>
            } @else {
              <wres-trend-table [view]="view" [subject]="trends.subject.organisation.name" />
            }
          }
        }
      }
    }
  `,
})
export class TrendsPage {
  private readonly api = inject(DashboardsApi);
  private readonly title = inject(Title);
  private readonly session = inject(SessionStore);

  /** Query string: one of providerId, scope=portfolio (with commissionerId) or scope=region. */
  readonly providerId = input<string>();
  readonly scope = input<string>();
  readonly commissionerId = input<string>();

  protected readonly captions = SUBJECT_CAPTIONS;
  protected readonly descriptions = SUBJECT_DESCRIPTIONS;
  protected readonly isCommissioner = computed(() => this.session.me()?.role === 'commissioner');

  /** Without a question, a commissioner sees its own providers pooled and everyone else the region. */
  private readonly question = computed((): TrendsQuestion => {
    const providerId = this.providerId();
    if (providerId) return { providerId };
    const scope = this.scope() ?? (this.isCommissioner() ? 'portfolio' : 'region');
    return scope === 'portfolio'
      ? { scope: 'portfolio', commissionerId: this.commissionerId() || undefined }
      : { scope: 'region' };
  });

  protected readonly state = toSignal(
    toObservable(this.question).pipe(
      switchMap((question) => this.api.trends(question).pipe(toLoadState<DashboardTrends>())),
    ),
    { initialValue: { status: 'loading' } as LoadState<DashboardTrends> },
  );

  protected readonly views = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? trendViews(current.value) : [];
  });

  protected readonly hiddenNote = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? suppressionNote(current.value.threshold) : '';
  });

  /** Back to the dashboard the trend was reached from: a CSU analyst's view of one commissioner keeps it. */
  protected readonly backQuery = computed((): Record<string, string> | null => {
    const question = this.question();
    return 'scope' in question &&
      question.scope === 'portfolio' &&
      question.commissionerId &&
      !this.isCommissioner()
      ? { commissionerId: question.commissionerId }
      : null;
  });

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
      else if (current.status === 'loaded') {
        this.title.setTitle(formatPageTitle(`Trends for ${current.value.subject.organisation.name}`));
      }
    });
  }
}
