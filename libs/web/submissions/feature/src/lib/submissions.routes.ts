import { inject } from '@angular/core';
import { CanActivateFn, Router, type Routes } from '@angular/router';
import { SessionStore } from '@wres/web/auth/data-access';
import { ProviderReportsPage } from './provider-reports.page';
import { ReportTasksPage } from './report-tasks.page';

/** A provider's own reports; everyone else picks a provider first. */
function ownReports(): string {
  const me = inject(SessionStore).me();
  return me?.organisation.kind === 'provider' ? `/reports/${me.organisation.id}` : '/providers';
}

/** Drafting, importing and submitting are for the provider itself; others see the report's overview. */
const providerOnly: CanActivateFn = (route) => {
  const providerId = route.paramMap.get('providerId');
  const router = inject(Router);
  return inject(SessionStore).me()?.organisation.id === providerId
    ? true
    : router.createUrlTree(['/reports', providerId, route.paramMap.get('year')]);
};

/** Mounted at /reports; reading needs submissions:read, which the app's route checks. */
export const submissionsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: ownReports },
  { path: ':providerId', title: 'WRES reports', component: ProviderReportsPage },
  { path: ':providerId/:year', title: 'WRES report', component: ReportTasksPage },
  {
    path: ':providerId/:year/sections/:section',
    title: 'WRES report',
    canActivate: [providerOnly],
    loadComponent: () => import('./report-section.page').then((m) => m.ReportSectionPage),
  },
  {
    path: ':providerId/:year/import',
    title: 'Import from a spreadsheet',
    canActivate: [providerOnly],
    loadComponent: () => import('./report-import.page').then((m) => m.ReportImportPage),
  },
  {
    path: ':providerId/:year/check',
    title: 'Check your report',
    canActivate: [providerOnly],
    loadComponent: () => import('./report-check.page').then((m) => m.ReportCheckPage),
  },
  {
    path: ':providerId/:year/versions',
    title: 'Version history',
    loadComponent: () => import('./report-versions.page').then((m) => m.ReportVersionsPage),
  },
  {
    path: ':providerId/:year/versions/:version',
    title: 'WRES report version',
    loadComponent: () => import('./report-version.page').then((m) => m.ReportVersionPage),
  },
  {
    path: ':providerId/:year/versions/:version/changes',
    title: 'What changed',
    loadComponent: () => import('./report-changes.page').then((m) => m.ReportChangesPage),
  },
];
