import type { Routes } from '@angular/router';
import { RuleSetYearPage } from './rule-set-year.page';
import { RuleSetsListPage } from './rule-sets-list.page';

/** Mounted at /rule-sets; reading needs rule-sets:read, which the app's route checks. */
export const ruleSetsRoutes: Routes = [
  { path: '', title: 'Scope rules', component: RuleSetsListPage },
  { path: ':year', title: 'Scope rules', component: RuleSetYearPage },
];
