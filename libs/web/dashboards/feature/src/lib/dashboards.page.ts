import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath, currentContractYear } from '@wres/web/contracts/data-access';
import { CommissionerDashboardComponent } from './commissioner-dashboard.component';
import { CsuDashboardComponent } from './csu-dashboard.component';

/**
 * `/dashboards`: a commissioner sees its own dashboard; a CSU analyst or admin sees the CSU dashboard across
 * the commissioners in its remit, and one commissioner's dashboard when it names one (`commissionerId`).
 */
@Component({
  selector: 'wres-dashboards-page',
  imports: [CommissionerDashboardComponent, CsuDashboardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (showsCommissioner()) {
      <wres-commissioner-dashboard
        [contractYear]="contractYear()"
        [commissionerId]="commissionerId() || null"
      />
    } @else {
      <wres-csu-dashboard [contractYear]="contractYear()" />
    }
  `,
})
export class DashboardsPage {
  private readonly session = inject(SessionStore);

  /** Query string: the contract year, "2024-25" (or "2024/25"); the current year when absent. */
  readonly year = input<string>();
  /** Query string: one commissioner's dashboard. */
  readonly commissionerId = input<string>();

  protected readonly contractYear = computed(
    () => contractYearFromPath(this.year()) ?? currentContractYear(),
  );
  protected readonly showsCommissioner = computed(
    () => this.session.me()?.role === 'commissioner' || !!this.commissionerId(),
  );
}
