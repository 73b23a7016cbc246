import type { Routes } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import { permissionGuard } from '@wres/web/auth/data-access';

/**
 * Mounted at /action-plans, which needs submissions:read (the app's route checks it): anyone who may see a
 * provider's report for a year may see its action plan. Adding and updating actions is for the provider's own
 * submitters (submissions:write; the api checks the provider is theirs, and the plan says whether it is).
 */
export const actionPlansRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Overdue actions',
    loadComponent: () => import('./overdue-actions.page').then((m) => m.OverdueActionsPage),
  },
  {
    path: ':providerId/:year',
    title: 'Action plan',
    loadComponent: () => import('./action-plan.page').then((m) => m.ActionPlanPage),
  },
  {
    path: ':providerId/:year/actions/new',
    title: 'Add an action',
    canActivate: [permissionGuard(Permission.SubmissionsWrite)],
    loadComponent: () => import('./action-form.page').then((m) => m.ActionFormPage),
  },
  {
    path: ':providerId/:year/actions/:actionId/edit',
    title: 'Edit action',
    canActivate: [permissionGuard(Permission.SubmissionsWrite)],
    loadComponent: () => import('./action-form.page').then((m) => m.ActionFormPage),
  },
  {
    path: ':providerId/:year/actions/:actionId/updates/new',
    title: 'Add a progress update',
    canActivate: [permissionGuard(Permission.SubmissionsWrite)],
    loadComponent: () => import('./progress-update.page').then((m) => m.ProgressUpdatePage),
  },
];
