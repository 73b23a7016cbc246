import type { Routes } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import { authGuard, permissionGuard } from '@wres/web/auth/data-access';
import { ForbiddenComponent, PageNotFoundComponent } from '@wres/web/shared/ui';

const authPages = () => import('@wres/web/auth/feature');
const organisationPages = () => import('@wres/web/organisations/feature');
const contractPages = () => import('@wres/web/contracts/feature');
const ruleSetPages = () => import('@wres/web/rule-sets/feature');
const submissionPages = () => import('@wres/web/submissions/feature');
const reviewPages = () => import('@wres/web/reviews/feature');
const dashboardPages = () => import('@wres/web/dashboards/feature');
const chasingPages = () => import('@wres/web/chasing/feature');
const actionPlanPages = () => import('@wres/web/action-plans/feature');

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Home',
    canActivate: [authGuard],
    loadComponent: () => import('./home.page').then((m) => m.HomePage),
  },
  { path: 'login', title: 'Sign in', loadComponent: () => authPages().then((m) => m.LoginPage) },
  {
    path: 'accept-invitation',
    title: 'Create your account',
    loadComponent: () => authPages().then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'reset-password',
    pathMatch: 'full',
    title: 'Reset your password',
    loadComponent: () => authPages().then((m) => m.ResetPasswordPage),
  },
  {
    path: 'reset-password/confirm',
    title: 'Choose a new password',
    loadComponent: () => authPages().then((m) => m.ConfirmPasswordResetPage),
  },
  {
    path: 'organisation',
    title: 'My organisation',
    canActivate: [permissionGuard(Permission.OrganisationsRead)],
    loadComponent: () => organisationPages().then((m) => m.MyOrganisationPage),
  },
  {
    path: 'organisations',
    canActivate: [permissionGuard(Permission.OrganisationsRead)],
    loadChildren: () => organisationPages().then((m) => m.organisationsRoutes),
  },
  {
    path: 'invite',
    title: 'Invite a user',
    canActivate: [permissionGuard(Permission.UsersInvite)],
    loadComponent: () => organisationPages().then((m) => m.InviteUserPage),
  },
  {
    path: 'providers',
    canActivate: [permissionGuard(Permission.ContractsRead)],
    loadChildren: () => contractPages().then((m) => m.providersRoutes),
  },
  {
    path: 'contracts',
    canActivate: [permissionGuard(Permission.ContractsManage)],
    loadChildren: () => contractPages().then((m) => m.contractsRoutes),
  },
  {
    path: 'scope',
    canActivate: [permissionGuard(Permission.ContractsRead)],
    loadChildren: () => contractPages().then((m) => m.scopeRoutes),
  },
  {
    path: 'rule-sets',
    canActivate: [permissionGuard(Permission.RuleSetsRead)],
    loadChildren: () => ruleSetPages().then((m) => m.ruleSetsRoutes),
  },
  {
    // A year's checklist settings sit with its scope rules: the same permissions read and change them.
    path: 'checklist-settings',
    canActivate: [permissionGuard(Permission.RuleSetsRead)],
    loadChildren: () => ruleSetPages().then((m) => m.checklistSettingsRoutes),
  },
  {
    path: 'reports',
    canActivate: [permissionGuard(Permission.SubmissionsRead)],
    loadChildren: () => submissionPages().then((m) => m.submissionsRoutes),
  },
  {
    path: 'reviews',
    canActivate: [permissionGuard(Permission.SubmissionsRead)],
    loadChildren: () => reviewPages().then((m) => m.reviewsRoutes),
  },
  {
    path: 'chasing',
    canActivate: [permissionGuard(Permission.SubmissionsRead)],
    loadChildren: () => chasingPages().then((m) => m.chasingRoutes),
  },
  {
    path: 'interim-requests',
    canActivate: [permissionGuard(Permission.SubmissionsWrite)],
    loadChildren: () => chasingPages().then((m) => m.interimRequestsRoutes),
  },
  {
    path: 'action-plans',
    canActivate: [permissionGuard(Permission.SubmissionsRead)],
    loadChildren: () => actionPlanPages().then((m) => m.actionPlansRoutes),
  },
  {
    path: 'dashboards',
    canActivate: [permissionGuard(Permission.DashboardsRead)],
    loadChildren: () => dashboardPages().then((m) => m.dashboardsRoutes),
  },
  { path: 'forbidden', title: 'You do not have permission to see this page', component: ForbiddenComponent },
  { path: '**', title: 'Page not found', component: PageNotFoundComponent },
];
