import type { Routes } from '@angular/router';
import { DashboardsPage } from './dashboards.page';

/** Mounted at /dashboards; dashboards:read, which the app's route checks, covers every page here. */
export const dashboardsRoutes: Routes = [
  { path: '', title: 'Dashboard', component: DashboardsPage },
  {
    path: 'trends',
    title: 'Trends',
    loadComponent: () => import('./trends.page').then((m) => m.TrendsPage),
  },
];
