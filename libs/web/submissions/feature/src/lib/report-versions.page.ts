import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import {
  BackLinkComponent,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { of, switchMap } from 'rxjs';
import { ReportContext, loadReport, reportLink } from './report-context';
import { VersionsTableComponent } from './versions-table.component';

/**
 * `/reports/:providerId/:year/versions`: every version of the report as submitted, newest first. Versions
 * never change: a resubmission adds one.
 */
@Component({
  selector: 'wres-report-versions-page',
  imports: [BackLinkComponent, PageNotFoundComponent, ServiceProblemComponent, VersionsTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the version history</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let report = current.value;
        <wres-back-link [link]="taskListLink()" [text]="'Back to the ' + report.contractYear + ' report'" />
        <h1>
          <span class="nhsuk-caption-l"
            >{{ report.providerName }}, WRES report {{ report.contractYear }}</span
          >
          Version history
        </h1>
        @if (versions().length === 0) {
          <p>No version of this report has been submitted yet.</p>
        } @else {
          <p>
            Each submission is kept as it was sent. Open a version to read it, or see what changed from the
            version before.
          </p>
          <wres-versions-table
            [providerId]="report.providerId"
            [contractYear]="report.contractYear"
            [versions]="versions()"
          />
        }
      }
    }
  `,
})
export class ReportVersionsPage {
  private readonly api = inject(SubmissionsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();

  private readonly request = computed(() => {
    const contractYear = contractYearFromPath(this.year());
    return contractYear ? { providerId: this.providerId(), contractYear } : null;
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) => {
        if (!request) return of<LoadState<ReportContext>>({ status: 'not-found' });
        const me = this.session.me();
        const own = me ? { id: me.organisation.id, name: me.organisation.name } : null;
        return loadReport(this.api, request.providerId, request.contractYear, own).pipe(
          toLoadState<ReportContext>(),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<ReportContext> },
  );

  private readonly report = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  protected readonly versions = computed(() => this.report()?.submission?.versions ?? []);
  protected readonly taskListLink = computed(() => reportLink(this.providerId(), this.year()).join('/'));

  constructor() {
    effect(() => {
      const report = this.report();
      if (report)
        this.title.setTitle(formatPageTitle(`Version history – WRES report ${report.contractYear}`));
    });
  }
}
