import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { Me, Permission } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import {
  FooterComponent,
  HeaderAccount,
  HeaderComponent,
  HeaderNavigationItem,
  SkipLinkComponent,
} from '@wres/web/shared/ui';
import { filter, skip } from 'rxjs';

interface NavigationEntry extends Omit<HeaderNavigationItem, 'link'> {
  /** A path, or one that depends on who is signed in. */
  link: string | ((me: Me) => string);
  /** Shown only to users holding this permission; the route guard enforces it too. */
  permission?: Permission;
  /** Shown only to users for whom this holds (a convenience: the API scopes what they see either way). */
  when?: (me: Me) => boolean;
}

/** Commissioners, CSU analysts and admins look across providers; a provider's users look at their own. */
const commissioning = (me: Me) => me.role !== 'provider-submitter';

const NAVIGATION: readonly NavigationEntry[] = [
  { text: 'Home', link: '/', exact: true },
  { text: 'My organisation', link: '/organisation', exact: true, permission: Permission.OrganisationsRead },
  { text: 'Organisations', link: '/organisations', permission: Permission.OrganisationsRead },
  { text: 'Providers', link: '/providers', permission: Permission.ContractsRead, when: commissioning },
  { text: 'Scope', link: '/scope', permission: Permission.ContractsRead, when: commissioning },
  // Commissioners and CSU analysts review reports; only the co-ordinating commissioner decides.
  { text: 'Reviews', link: '/reviews', permission: Permission.ReviewsComment },
  { text: 'Scope rules', link: '/rule-sets', permission: Permission.RuleSetsRead },
  // Admins set them; others who read the scope rules reach them from there.
  { text: 'Checklist settings', link: '/checklist-settings', permission: Permission.RuleSetsManage },
  {
    text: 'My contracts',
    link: (me) => `/providers/${me.organisation.id}`,
    permission: Permission.ContractsRead,
    when: (me) => me.role === 'provider-submitter' && me.organisation.kind === 'provider',
  },
  {
    text: 'WRES reports',
    link: (me) => `/reports/${me.organisation.id}`,
    permission: Permission.SubmissionsWrite,
    when: (me) => me.organisation.kind === 'provider',
  },
  { text: 'Chasing', link: '/chasing', permission: Permission.ChasingSend },
  // Commissioners and CSU analysts follow providers' action plans; a provider reaches its own from its report.
  {
    text: 'Action plans',
    link: '/action-plans',
    permission: Permission.SubmissionsRead,
    when: (me) => me.role === 'commissioner' || me.role === 'csu-analyst',
  },
  {
    text: 'Interim reports',
    link: '/interim-requests',
    permission: Permission.SubmissionsWrite,
    when: (me) => me.organisation.kind === 'provider',
  },
  { text: 'Dashboards', link: '/dashboards', permission: Permission.DashboardsRead },
  { text: 'Invite a user', link: '/invite', permission: Permission.UsersInvite },
];

/** The page layout around every route: skip link, header, main content and footer. */
@Component({
  selector: 'wres-root',
  imports: [FooterComponent, HeaderComponent, RouterOutlet, SkipLinkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-focus-reset" tabindex="-1" #focusReset></div>
    <wres-skip-link />
    <wres-header [account]="account()" [navigation]="navigation()" (logOut)="logOut()" />
    <div class="nhsuk-width-container">
      <main class="nhsuk-main-wrapper" id="maincontent">
        <router-outlet />
      </main>
    </div>
    <wres-footer />
  `,
})
export class ShellComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly focusReset = viewChild.required<ElementRef<HTMLElement>>('focusReset');

  protected readonly account = computed((): HeaderAccount | null => {
    const me = this.session.me();
    return me ? { name: me.displayName, organisation: me.organisation.name } : null;
  });

  protected readonly navigation = computed((): HeaderNavigationItem[] => {
    const me = this.session.me();
    if (!me) return [];
    return NAVIGATION.filter(
      (item) => (!item.permission || this.session.can(item.permission)) && (!item.when || item.when(me)),
    ).map(({ text, link, exact }) => ({ text, link: typeof link === 'string' ? link : link(me), exact }));
  });

  constructor() {
    // A single-page app does not reload on navigation, so put focus back at the top of the page,
    // as a full page load would: the next Tab reaches the skip link. Not on the first load.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        // Leave focus alone when the new page has already placed it in its content.
        const active = this.document.activeElement;
        if (!active || !this.document.getElementById('maincontent')?.contains(active)) {
          this.focusReset().nativeElement.focus({ preventScroll: true });
        }
      });
  }

  protected async logOut(): Promise<void> {
    try {
      await this.session.logout();
    } finally {
      await this.router.navigateByUrl('/login');
    }
  }
}
