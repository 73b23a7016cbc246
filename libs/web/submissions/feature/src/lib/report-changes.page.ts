import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { SubmissionVersion, SubmissionVersionDiff } from '@wres/shared/contracts';
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
import { forkJoin, of, switchMap } from 'rxjs';
import { reportLink } from './report-context';
import { describeChange } from './report-paths.model';
import { formatDateTime } from './report-status.model';

interface Changes {
  diff: SubmissionVersionDiff;
  later: SubmissionVersion;
  earlier: SubmissionVersion;
}

/**
 * `/reports/:providerId/:year/versions/:version/changes`: what changed from the version before, each value
 * named in words with what it was and what it became.
 */
@Component({
  selector: 'wres-report-changes-page',
  imports: [BackLinkComponent, PageNotFoundComponent, RouterLink, ServiceProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading what changed</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let loaded = current.value;
        <wres-back-link [link]="versionsLink().join('/')" text="Version history" />
        <h1>
          <span class="nhsuk-caption-l">WRES report {{ loaded.later.contractYear }}</span>
          What changed in version {{ loaded.diff.version }}
        </h1>
        <p>
          Compared with version {{ loaded.diff.against }}, submitted {{ when(loaded.earlier.submittedAt) }} by
          {{ loaded.earlier.submittedBy.displayName }}. Version {{ loaded.diff.version }} was submitted
          {{ when(loaded.later.submittedAt) }} by {{ loaded.later.submittedBy.displayName }}.
        </p>
        @if (changes().length === 0) {
          <p>Nothing changed between these versions.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">
              {{
                changes().length
              }}
              {{
                changes().length === 1 ? 'value' : 'values'
              }}
              changed
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">What changed</th>
                <th class="nhsuk-table__header" scope="col">Version {{ loaded.diff.against }}</th>
                <th class="nhsuk-table__header" scope="col">Version {{ loaded.diff.version }}</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (change of changes(); track $index) {
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="row">{{ change.label }}</th>
                  <td class="nhsuk-table__cell app-break-words">{{ change.before }}</td>
                  <td class="nhsuk-table__cell app-break-words">{{ change.after }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
        <ul class="nhsuk-list">
          <li>
            <a [routerLink]="[...base(), 'versions', loaded.diff.version]"
              >View version {{ loaded.diff.version }}</a
            >
          </li>
          <li>
            <a [routerLink]="[...base(), 'versions', loaded.diff.against]"
              >View version {{ loaded.diff.against }}</a
            >
          </li>
        </ul>
      }
    }
  `,
  styles: `
    .app-break-words {
      overflow-wrap: anywhere;
    }
  `,
})
export class ReportChangesPage {
  private readonly api = inject(SubmissionsApi);
  private readonly title = inject(Title);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();
  readonly version = input.required<string>();
  /** `?against=`: the version to compare with, e.g. the one a commissioner reviewed; by default the one before. */
  readonly against = input<string | undefined>();

  protected readonly when = formatDateTime;

  private readonly request = computed(() => {
    const contractYear = contractYearFromPath(this.year());
    const version = Number(this.version());
    const against = this.against() === undefined ? version - 1 : Number(this.against());
    if (!contractYear || !Number.isInteger(version) || version < 2) return null;
    if (!Number.isInteger(against) || against < 1 || against >= version) return null;
    return { providerId: this.providerId(), contractYear, version, against };
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) => {
        if (!request) return of<LoadState<Changes>>({ status: 'not-found' });
        const { providerId, contractYear, version, against } = request;
        return forkJoin({
          diff: this.api.diff(providerId, contractYear, version, against),
          later: this.api.version(providerId, contractYear, version),
          earlier: this.api.version(providerId, contractYear, against),
        }).pipe(toLoadState<Changes>());
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<Changes> },
  );

  protected readonly base = computed(() => reportLink(this.providerId(), this.year()));
  protected readonly versionsLink = computed(() => [...this.base(), 'versions']);

  protected readonly changes = computed(() => {
    const current = this.state();
    if (current.status !== 'loaded') return [];
    const { diff, later, earlier } = current.value;
    return diff.changes.map((change) => describeChange(change, later.document, earlier.document));
  });

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded') {
        this.title.setTitle(
          formatPageTitle(
            `What changed in version ${current.value.diff.version} – WRES report ${current.value.later.contractYear}`,
          ),
        );
      }
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }
}
