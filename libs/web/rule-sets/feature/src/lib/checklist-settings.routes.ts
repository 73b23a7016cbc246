import type { Routes } from '@angular/router';
import { ChecklistSettingsListPage } from './checklist-settings-list.page';
import { ChecklistSettingsYearPage } from './checklist-settings-year.page';

/** Mounted at /checklist-settings; reading needs rule-sets:read, which the app's route checks. */
export const checklistSettingsRoutes: Routes = [
  { path: '', title: 'Assurance checklist settings', component: ChecklistSettingsListPage },
  { path: ':year', title: 'Checklist settings', component: ChecklistSettingsYearPage },
];
