import type { Routes } from '@angular/router';
import { OrganisationPage } from './organisation.page';
import { OrganisationsListPage } from './organisations-list.page';

/** Mounted at /organisations; the app lazy-loads this whole feature. */
export const organisationsRoutes: Routes = [
  { path: '', title: 'Organisations', component: OrganisationsListPage },
  { path: ':id', title: 'Organisation', component: OrganisationPage },
];
