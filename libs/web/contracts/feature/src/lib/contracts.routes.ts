import type { Routes } from '@angular/router';
import { ContractFormPage } from './contract-form.page';
import { ProviderPage } from './provider.page';
import { ProvidersListPage } from './providers-list.page';
import { ScopeYearPage, currentScopeYearPath } from './scope-year.page';

/** Mounted at /providers. */
export const providersRoutes: Routes = [
  { path: '', title: 'Providers', component: ProvidersListPage },
  { path: ':id', title: 'Provider', component: ProviderPage },
];

/** Mounted at /contracts; recording and changing need contracts:manage, which the app's route checks. */
export const contractsRoutes: Routes = [
  { path: 'new', title: 'Record a contract', component: ContractFormPage },
  {
    path: 'import',
    title: 'Import contracts',
    loadComponent: () => import('./contract-import.page').then((m) => m.ContractImportPage),
  },
  { path: ':id/edit', title: 'Change a contract', component: ContractFormPage },
];

/** Mounted at /scope. */
export const scopeRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: () => currentScopeYearPath() },
  { path: ':year', title: 'Scope of the WRES', component: ScopeYearPage },
];
