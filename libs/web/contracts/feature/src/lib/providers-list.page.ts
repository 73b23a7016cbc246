import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  Contract,
  OrganisationSummary,
  PROVIDER_KINDS,
  PROVIDER_KIND_LABELS,
  Permission,
} from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { ContractsApi } from '@wres/web/contracts/data-access';
import { OrganisationsApi } from '@wres/web/organisations/data-access';
import {
  LoadState,
  SelectComponent,
  SelectOption,
  ServiceProblemComponent,
  TextInputComponent,
  toLoadState,
} from '@wres/web/shared/ui';
import { forkJoin, map } from 'rxjs';

interface ProviderRow {
  provider: OrganisationSummary;
  /** The year of the provider's latest contract, or null when none is recorded. */
  latestYear: string | null;
  /** Commissioners on the provider's contracts in that year, co-ordinating first. */
  commissioners: string[];
}

const ALL_KINDS = 'all';

const KIND_OPTIONS: readonly SelectOption[] = [
  { value: ALL_KINDS, text: 'All provider types' },
  ...PROVIDER_KINDS.map((kind) => ({ value: kind, text: PROVIDER_KIND_LABELS[kind] })),
];

/** The providers whose contracts the user can see: the latest contract year's commissioners of each. */
function providerRows(organisations: OrganisationSummary[], contracts: Contract[]): ProviderRow[] {
  return organisations
    .filter((organisation) => organisation.kind === 'provider')
    .map((provider) => {
      const own = contracts.filter((contract) => contract.provider.id === provider.id);
      // The API lists contracts newest year first.
      const latestYear = own[0]?.contractYear ?? null;
      const lines = own
        .filter((contract) => contract.contractYear === latestYear)
        .flatMap((contract) => contract.commissioners)
        .sort((a, b) => Number(b.coordinating) - Number(a.coordinating));
      const commissioners = [...new Set(lines.map((line) => line.name))];
      return { provider, latestYear, commissioners };
    });
}

@Component({
  selector: 'wres-providers-list-page',
  imports: [RouterLink, SelectComponent, ServiceProblemComponent, TextInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @if (current.status === 'failed' || current.status === 'not-found') {
      <wres-service-problem />
    } @else {
      <h1>Providers</h1>
      @if (current.status === 'loading') {
        <p role="status">Loading providers</p>
      } @else if (current.value.length === 0) {
        <p>There are no providers for you to see.</p>
        @if (canManage()) {
          <p><a routerLink="/contracts/import">Import a contract list</a></p>
        }
      } @else {
        <p>
          Providers you can see because your organisation commissions them or supports their commissioners.
        </p>
        @if (canManage()) {
          <p>
            <a class="nhsuk-button nhsuk-button--secondary" routerLink="/contracts/new">Record a contract</a>
          </p>
          <p><a routerLink="/contracts/import">Import a contract list</a></p>
        }
        <form
          class="app-filters"
          novalidate
          role="search"
          aria-label="Filter providers"
          (submit)="filter($event)"
        >
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-one-third">
              <wres-select fieldId="kind" label="Provider type" [options]="kindOptions" [(value)]="kind" />
            </div>
            <div class="nhsuk-grid-column-one-third">
              <wres-text-input
                fieldId="search"
                label="Name or ODS code"
                type="search"
                autocomplete="off"
                [(value)]="search"
              />
            </div>
            <div class="nhsuk-grid-column-one-third">
              <button class="nhsuk-button nhsuk-button--secondary app-filters__button" type="submit">
                Filter providers
              </button>
            </div>
          </div>
        </form>
        @let shown = filtered();
        <p role="status">
          Showing {{ shown.length }} of {{ current.value.length }} providers
          @if (shown.length !== current.value.length) {
            · <a href="" (click)="clear($event)">Clear filters</a>
          }
        </p>
        @if (shown.length > 0) {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Providers, with the commissioners on their latest contracts
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Name</th>
                <th class="nhsuk-table__header" scope="col">ODS code</th>
                <th class="nhsuk-table__header" scope="col">Type</th>
                <th class="nhsuk-table__header" scope="col">Commissioners (latest contract year)</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (row of shown; track row.provider.id) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    <a [routerLink]="['/providers', row.provider.id]">{{ row.provider.name }}</a>
                  </td>
                  <td class="nhsuk-table__cell">{{ row.provider.odsCode }}</td>
                  <td class="nhsuk-table__cell">
                    {{ row.provider.providerKind ? kindLabels[row.provider.providerKind] : 'Provider' }}
                  </td>
                  <td class="nhsuk-table__cell">
                    @if (row.latestYear) {
                      <ul class="nhsuk-list nhsuk-u-margin-bottom-0">
                        @for (name of row.commissioners; track name) {
                          <li>{{ name }}</li>
                        }
                      </ul>
                      <span class="nhsuk-body-s nhsuk-u-secondary-text-colour">{{ row.latestYear }}</span>
                    } @else {
                      No contracts recorded
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    }
  `,
  styles: `
    @media (min-width: 641px) {
      .app-filters__button {
        margin-top: 32px;
      }
    }
  `,
})
export class ProvidersListPage {
  private readonly session = inject(SessionStore);

  protected readonly kindLabels = PROVIDER_KIND_LABELS;
  protected readonly kindOptions = KIND_OPTIONS;
  protected readonly kind = signal(ALL_KINDS);
  protected readonly search = signal('');
  /** The filters last applied with the button. */
  private readonly applied = signal({ kind: ALL_KINDS, search: '' });

  protected readonly canManage = computed(() => this.session.can(Permission.ContractsManage));

  protected readonly state = toSignal(
    forkJoin({ organisations: inject(OrganisationsApi).list(), contracts: inject(ContractsApi).list() }).pipe(
      map(({ organisations, contracts }) => providerRows(organisations, contracts)),
      toLoadState<ProviderRow[]>(),
    ),
    { initialValue: { status: 'loading' } as LoadState<ProviderRow[]> },
  );

  protected readonly filtered = computed((): ProviderRow[] => {
    const current = this.state();
    if (current.status !== 'loaded') return [];
    const { kind, search } = this.applied();
    const words = search.trim().toLowerCase();
    return current.value.filter(
      ({ provider }) =>
        (kind === ALL_KINDS || provider.providerKind === kind) &&
        (!words ||
          provider.name.toLowerCase().includes(words) ||
          provider.odsCode.toLowerCase().includes(words)),
    );
  });

  protected filter(event: Event): void {
    event.preventDefault();
    this.applied.set({ kind: this.kind(), search: this.search() });
  }

  protected clear(event: Event): void {
    event.preventDefault();
    this.kind.set(ALL_KINDS);
    this.search.set('');
    this.applied.set({ kind: ALL_KINDS, search: '' });
  }
}
