import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import {
  BackLinkComponent,
  CalendarDatePipe,
  formatPageTitle,
  LoadState,
  NoticeStore,
  NotificationBannerComponent,
  PageNotFoundComponent,
  ServiceProblemComponent,
  TagComponent,
  toLoadState,
} from '@wres/web/shared/ui';
import { of, switchMap } from 'rxjs';
import { ReportContext, loadReport, reportLink } from './report-context';
import {
  REPORT_SECTIONS,
  SECTION_STATUS_LABELS,
  reportProblems,
  sectionStatus,
  type SectionStatus,
} from './report-sections.model';
import { formatDateTime, reportStatusTag, reviewStateText } from './report-status.model';
import { ReviewCommentsComponent } from './review-comments.component';
import { VersionsTableComponent } from './versions-table.component';

interface Task {
  id: string;
  title: string;
  hint: string;
  link: string[];
  status: SectionStatus;
}

/**
 * `/reports/:providerId/:year`. For the provider: the NHS.UK task list of the report's sections, each with
 * its status, then checking and submitting. For anyone else (commissioners): where the report stands and
 * its submitted versions.
 */
@Component({
  selector: 'wres-report-tasks-page',
  imports: [
    BackLinkComponent,
    CalendarDatePipe,
    NotificationBannerComponent,
    PageNotFoundComponent,
    ReviewCommentsComponent,
    RouterLink,
    ServiceProblemComponent,
    TagComponent,
    VersionsTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the report</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let report = current.value;
        @let summary = report.summary;
        <wres-back-link
          [link]="'/reports/' + report.providerId"
          [text]="report.own ? 'Your WRES reports' : 'All years'"
        />
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            @if (notice(); as notice) {
              <wres-notification-banner variant="success" [heading]="notice.heading">
                @for (line of notice.lines; track $index) {
                  <p>{{ line }}</p>
                }
              </wres-notification-banner>
            }
            <h1>
              <span class="nhsuk-caption-l">{{ report.providerName }}</span>
              WRES report {{ report.contractYear }}
            </h1>

            <dl class="nhsuk-summary-list">
              @if (summary) {
                @let tag = statusTag(summary.status);
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Status</dt>
                  <dd class="nhsuk-summary-list__value">
                    <wres-tag [text]="tag.text" [colour]="tag.colour" />
                  </dd>
                </div>
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Due</dt>
                  <dd class="nhsuk-summary-list__value">
                    {{ summary.dueDate | calendarDate: 'No due date' }}
                  </dd>
                </div>
              }
              <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">Latest version</dt>
                <dd class="nhsuk-summary-list__value">
                  @if (latest(); as version) {
                    Version {{ version.version }}, submitted {{ when(version.submittedAt) }}
                  } @else {
                    Not submitted yet
                  }
                </dd>
              </div>
              @if (summary?.reviewState; as reviewState) {
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">Review</dt>
                  <dd class="nhsuk-summary-list__value">{{ reviewText(reviewState) }}</dd>
                </div>
              }
            </dl>

            @if (report.own && versions().length > 0) {
              <wres-report-review-comments
                [providerId]="report.providerId"
                [contractYear]="report.contractYear"
              />
            }

            @if (summary && !summary.applies) {
              <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">Information: </span>
                <p>No WRES report is required for {{ report.contractYear }}. {{ summary.explanation }}</p>
              </div>
            } @else if (report.own) {
              @if (assured()) {
                <div class="nhsuk-inset-text">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    Your commissioner has assured this report, so it is locked: the assured version stays your
                    report for {{ report.contractYear }}.
                  </p>
                </div>
              } @else {
                @if (report.rules.late) {
                  <div class="nhsuk-card nhsuk-card--warning">
                    <div class="nhsuk-card__content">
                      <h2 class="nhsuk-card__heading">Overdue</h2>
                      <p class="nhsuk-card__description">
                        This report was due by {{ summary?.dueDate | calendarDate }}. You can still submit it:
                        say why it is late in the declaration.
                      </p>
                    </div>
                  </div>
                }
                <h2>Fill in your report</h2>
                <p>
                  Complete each section. You can save a section and come back to it later. Nothing is sent to
                  your commissioner until you check your report and submit it.
                </p>
                <p class="nhsuk-body-s">{{ completedCount() }} of {{ tasks().length }} sections completed.</p>

                <ul class="nhsuk-task-list">
                  @for (task of tasks(); track task.id; let index = $index) {
                    <li class="nhsuk-task-list__item nhsuk-task-list__item--with-link">
                      <div class="nhsuk-task-list__name-and-hint">
                        <a
                          class="nhsuk-link nhsuk-task-list__link"
                          [routerLink]="task.link"
                          [attr.aria-describedby]="'task-' + index + '-hint task-' + index + '-status'"
                          >{{ task.title }}</a
                        >
                        <div class="nhsuk-task-list__hint" [id]="'task-' + index + '-hint'">
                          {{ task.hint }}
                        </div>
                      </div>
                      <div
                        class="nhsuk-task-list__status"
                        [class.nhsuk-task-list__status--completed]="task.status === 'completed'"
                        [id]="'task-' + index + '-status'"
                      >
                        @if (task.status === 'completed') {
                          {{ statusLabels[task.status] }}
                        } @else {
                          <strong class="nhsuk-tag" [class.nhsuk-tag--blue]="task.status === 'not-started'">{{
                            statusLabels[task.status]
                          }}</strong>
                        }
                      </div>
                    </li>
                  }
                  <li class="nhsuk-task-list__item nhsuk-task-list__item--with-link">
                    <div class="nhsuk-task-list__name-and-hint">
                      <a
                        class="nhsuk-link nhsuk-task-list__link"
                        [routerLink]="[...base(), 'check']"
                        aria-describedby="task-check-hint task-check-status"
                        >Check your report and submit</a
                      >
                      <div class="nhsuk-task-list__hint" id="task-check-hint">
                        See the report as your commissioner will, with the indicators worked out, then submit
                        it.
                        @if (latest(); as version) {
                          Submitting again makes version {{ version.version + 1 }}; version
                          {{ version.version }} stays as it was.
                        }
                      </div>
                    </div>
                    <div
                      class="nhsuk-task-list__status"
                      [class.nhsuk-task-list__status--cannot-start-yet]="problemCount() > 0"
                      id="task-check-status"
                    >
                      @if (problemCount() > 0) {
                        Cannot submit yet
                      } @else {
                        <strong class="nhsuk-tag nhsuk-tag--blue">Ready to submit</strong>
                      }
                    </div>
                  </li>
                </ul>

                <h2>Import from a spreadsheet</h2>
                <p>
                  Instead of typing the figures in, you can download the WRES reporting template, fill it in
                  and import it. Importing fills in the sections the spreadsheet covers; check them before you
                  submit.
                </p>
                <ul class="nhsuk-list">
                  <li>
                    <a [href]="templateUrl('xlsx')" download
                      >Download the template (Excel, XLSX)<span class="nhsuk-u-visually-hidden">
                        for {{ report.contractYear }}</span
                      ></a
                    >
                  </li>
                  <li>
                    <a [href]="templateUrl('csv')" download
                      >Download the template (CSV)<span class="nhsuk-u-visually-hidden">
                        for {{ report.contractYear }}</span
                      ></a
                    >
                  </li>
                  <li><a [routerLink]="[...base(), 'import']">Import a filled-in template</a></li>
                </ul>
              }

              <h2>Version history</h2>
              @if (versions().length === 0) {
                <p>You have not submitted this report yet.</p>
              } @else {
                <p>
                  <a [routerLink]="[...base(), 'versions']"
                    >See every version you have submitted and what changed</a
                  >
                </p>
              }

              <h2>Action plan</h2>
              <p>
                <a [routerLink]="['/action-plans', report.providerId, year()]"
                  >Your {{ report.contractYear }} action plan</a
                >: its actions, their owners and due dates, and your progress on each.
              </p>
            }
          </div>
        </div>

        @if (!report.own && versions().length > 0 && canReview()) {
          <p><a [routerLink]="['/reviews', report.providerId, year()]">Review this report</a></p>
        }
        @if (!report.own && (!summary || summary.applies)) {
          <h2>Submitted versions</h2>
          @if (versions().length === 0) {
            <div class="nhsuk-inset-text">
              <span class="nhsuk-u-visually-hidden">Information: </span>
              <p>
                {{ report.providerName }} has not submitted its WRES report for {{ report.contractYear }} yet.
                Drafts are only visible to the provider.
              </p>
            </div>
          } @else {
            <wres-versions-table
              [providerId]="report.providerId"
              [contractYear]="report.contractYear"
              [versions]="versions()"
            />
          }
        }
      }
    }
  `,
  styles: `
    .nhsuk-task-list__status .nhsuk-tag {
      white-space: nowrap;
    }
  `,
})
export class ReportTasksPage {
  private readonly api = inject(SubmissionsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();

  protected readonly notice = signal(inject(NoticeStore).take());
  protected readonly statusLabels = SECTION_STATUS_LABELS;
  protected readonly statusTag = reportStatusTag;
  protected readonly reviewText = reviewStateText;
  protected readonly when = formatDateTime;

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

  protected readonly base = computed(() => {
    const report = this.report();
    return report ? reportLink(report.providerId, report.contractYear) : [];
  });

  protected readonly versions = computed(() => this.report()?.submission?.versions ?? []);
  protected readonly latest = computed(() => this.versions().at(-1) ?? null);
  protected readonly assured = computed(() => this.report()?.summary?.reviewState === 'assured');
  /** Commissioners and CSU analysts go from a report to its review. */
  protected readonly canReview = computed(() => this.session.can(Permission.ReviewsComment));

  private readonly problems = computed(() => {
    const report = this.report();
    return report ? reportProblems(report.draft, report.rules) : [];
  });
  protected readonly problemCount = computed(() => this.problems().length);

  protected readonly tasks = computed((): Task[] => {
    const report = this.report();
    if (!report) return [];
    return REPORT_SECTIONS.map((section) => ({
      id: section.id,
      title: section.title,
      hint: section.hint,
      link: [...this.base(), 'sections', section.id],
      status: sectionStatus(section, report.draft, this.problems()),
    }));
  });

  protected readonly completedCount = computed(
    () => this.tasks().filter((task) => task.status === 'completed').length,
  );

  constructor() {
    effect(() => {
      const report = this.report();
      if (report)
        this.title.setTitle(formatPageTitle(`WRES report ${report.contractYear}, ${report.providerName}`));
    });
  }

  protected templateUrl(format: 'xlsx' | 'csv'): string {
    const report = this.report();
    return report ? this.api.templateUrl(report.providerId, report.contractYear, format) : '';
  }
}
