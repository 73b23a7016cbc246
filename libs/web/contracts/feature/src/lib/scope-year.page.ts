import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { ScopeYearOverview, ScopeYearProvider } from '@wres/shared/contracts';
import {
  ProviderScopeApi,
  SCOPE_STATUS_LABELS,
  contractYearFromPath,
  contractYearToPath,
  currentContractYear,
  formatMoney,
} from '@wres/web/contracts/data-access';
import {
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  TagComponent,
  focusProgrammatically,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { of, switchMap } from 'rxjs';
import { YearPickerComponent } from './year-picker.component';

interface Section {
  id: string;
  heading: string;
  description: string;
  empty: string;
  providers: ScopeYearProvider[];
}

/** Which providers are in scope of the WRES in a year, which are exempt and why, and which await confirmation. */
@Component({
  selector: 'wres-scope-year-page',
  imports: [PageNotFoundComponent, RouterLink, ServiceProblemComponent, TagComponent, YearPickerComponent],
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
          <span class="nhsuk-caption-l">Scope of the WRES</span>
          Providers in {{ contractYear() }}
        </h1>
        <wres-year-picker [year]="contractYear() ?? ''" (show)="showYear($event)" />
        @if (current.status === 'loading') {
          <p role="status">Loading providers in scope</p>
        } @else if (current.status === 'loaded' && current.value.providers.length === 0) {
          <p>There are no contracts you can see in {{ contractYear() }}.</p>
        } @else if (current.status === 'loaded') {
          @let counts = current.value.counts;
          <ul class="nhsuk-list">
            <li><a href="#in-scope" (click)="goTo($event, 'in-scope')">In scope</a>: {{ counts.inScope }}</li>
            <li><a href="#exempt" (click)="goTo($event, 'exempt')">Exempt</a>: {{ counts.exempt }}</li>
            <li>
              <a href="#presumed" (click)="goTo($event, 'presumed')">Presumed, awaiting confirmation</a>:
              {{ counts.presumed }}
            </li>
          </ul>
          @for (section of sections(); track section.id) {
            <h2 [id]="section.id">{{ section.heading }} ({{ section.providers.length }})</h2>
            <p>{{ section.description }}</p>
            @if (section.providers.length === 0) {
              <p>{{ section.empty }}</p>
            } @else {
              <table class="nhsuk-table">
                <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                  {{
                    section.heading
                  }},
                  {{
                    contractYear()
                  }}
                </caption>
                <thead class="nhsuk-table__head">
                  <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">Provider</th>
                    <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                      Expected NHS income
                    </th>
                    <th class="nhsuk-table__header" scope="col">Co-ordinating commissioner</th>
                    <th class="nhsuk-table__header" scope="col">Why</th>
                    <th class="nhsuk-table__header" scope="col">Scope</th>
                  </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                  @for (row of section.providers; track row.provider.id) {
                    <tr class="nhsuk-table__row">
                      <td class="nhsuk-table__cell">
                        <a
                          [routerLink]="['/providers', row.provider.id]"
                          [queryParams]="{ year: contractYear() }"
                          >{{ row.provider.name }}</a
                        >
                      </td>
                      <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                        {{ money(row.totalIncomePence) }}
                      </td>
                      <td class="nhsuk-table__cell">
                        @for (commissioner of row.coordinatingCommissioners; track commissioner.id) {
                          <span class="nhsuk-u-display-block">{{ commissioner.name }}</span>
                        }
                      </td>
                      <td class="nhsuk-table__cell">{{ row.explanation }}</td>
                      <td class="nhsuk-table__cell">
                        <wres-tag
                          [text]="statusLabels[row.scopeStatus]"
                          [colour]="row.scopeStatus === 'confirmed' ? 'green' : 'yellow'"
                        />
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          }
        }
      }
    }
  `,
})
export class ScopeYearPage {
  private readonly api = inject(ProviderScopeApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  /** The year from the path, written "2015-16". */
  readonly year = input.required<string>();

  protected readonly contractYear = computed(() => contractYearFromPath(this.year()));
  protected readonly statusLabels = SCOPE_STATUS_LABELS;
  protected readonly money = formatMoney;

  protected readonly state = toSignal(
    toObservable(this.contractYear).pipe(
      switchMap((year) =>
        year
          ? this.api.yearOverview(year).pipe(toLoadState<ScopeYearOverview>())
          : of<LoadState<ScopeYearOverview>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ScopeYearOverview> },
  );

  protected readonly sections = computed((): Section[] => {
    const current = this.state();
    if (current.status !== 'loaded') return [];
    const providers = current.value.providers;
    const year = this.contractYear();
    return [
      {
        id: 'in-scope',
        heading: 'In scope',
        description: `SC13.5.2 applies: these providers implement the WRES and send an annual report to their co-ordinating commissioner for ${year}.`,
        empty: 'No providers are in scope this year.',
        providers: providers.filter((row) => row.inScope),
      },
      {
        id: 'exempt',
        heading: 'Exempt',
        description: 'SC13.5.2 does not apply to these providers, for the reason given.',
        empty: 'No providers are exempt this year.',
        providers: providers.filter((row) => !row.inScope),
      },
      {
        id: 'presumed',
        heading: 'Presumed, awaiting confirmation',
        description:
          'Scope presumed from the contracts, which the co-ordinating commissioner has not yet confirmed.',
        empty: 'Every provider’s scope is confirmed.',
        providers: providers.filter((row) => row.scopeStatus === 'presumed'),
      },
    ];
  });

  constructor() {
    effect(() => {
      const year = this.contractYear();
      const current = this.state();
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
      else if (year) this.title.setTitle(formatPageTitle(`Scope of the WRES in ${year}`));
    });
  }

  protected showYear(year: string): void {
    void this.router.navigate(['/scope', contractYearToPath(year)]);
  }

  protected goTo(event: Event, id: string): void {
    const target = this.document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    focusProgrammatically(target);
    target.scrollIntoView({ block: 'start' });
  }
}

/** `/scope` shows the current contract year. */
export function currentScopeYearPath(): string {
  return `/scope/${contractYearToPath(currentContractYear())}`;
}
