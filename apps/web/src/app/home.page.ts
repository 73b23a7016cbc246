import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Permission, ROLE_LABELS } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { SummaryListComponent, SummaryListRow, textRow } from '@wres/web/shared/ui';

@Component({
  selector: 'wres-home-page',
  imports: [RouterLink, SummaryListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.me(); as me) {
      <h1>Welcome, {{ me.displayName }}</h1>
      <wres-summary-list [rows]="rows()" />
      @if (
        canReadOrganisations() ||
        canInvite() ||
        canReadContracts() ||
        canWriteReports() ||
        canReadDashboards()
      ) {
        <h2>What you can do</h2>
        <ul class="nhsuk-list nhsuk-list--bullet">
          @if (canReadOrganisations()) {
            <li><a routerLink="/organisation">See your organisation and how it is related to others</a></li>
            <li><a routerLink="/organisations">See the organisations you work with</a></li>
          }
          @if (canWriteReports() && me.organisation.kind === 'provider') {
            <li>
              <a [routerLink]="['/reports', me.organisation.id]"
                >Complete, import and submit your WRES reports, and see what you sent before</a
              >
            </li>
          }
          @if (canReadContracts() && me.role === 'provider-submitter') {
            <li>
              <a [routerLink]="['/providers', me.organisation.id]"
                >See your contracts, what they oblige you to do and by when</a
              >
            </li>
          } @else if (canReadContracts()) {
            <li><a routerLink="/providers">See the providers you work with and their contracts</a></li>
            <li><a routerLink="/scope">See which providers are in scope of the WRES, and why</a></li>
          }
          @if (canReadDashboards()) {
            <li>
              <a routerLink="/dashboards"
                >See dashboards of reporting, assurance and indicators, with trends across the years</a
              >
            </li>
          }
          @if (canInvite()) {
            <li>
              <a routerLink="/invite">Invite a user to {{ me.organisation.name }}</a>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly canReadOrganisations = computed(() => this.session.can(Permission.OrganisationsRead));
  protected readonly canInvite = computed(() => this.session.can(Permission.UsersInvite));
  protected readonly canReadContracts = computed(() => this.session.can(Permission.ContractsRead));
  protected readonly canWriteReports = computed(() => this.session.can(Permission.SubmissionsWrite));
  protected readonly canReadDashboards = computed(() => this.session.can(Permission.DashboardsRead));

  protected readonly rows = computed((): SummaryListRow[] => {
    const me = this.session.me();
    if (!me) return [];
    return [
      textRow('Organisation', me.organisation.name),
      textRow('Role', ROLE_LABELS[me.role]),
      textRow('Email address', me.email),
    ];
  });
}
