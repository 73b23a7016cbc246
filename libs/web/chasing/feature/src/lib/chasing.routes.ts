import type { Routes } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import { permissionGuard } from '@wres/web/auth/data-access';
import { ChasingBoardPage } from './chasing-board.page';

/**
 * Mounted at /chasing, which needs submissions:read (the app's route checks it): anyone who may see a
 * provider's reports may see its chasing timeline. The board, requests and letters are the co-ordinating
 * commissioner's, so need chasing:send.
 */
export const chasingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Chasing',
    canActivate: [permissionGuard(Permission.ChasingSend)],
    component: ChasingBoardPage,
  },
  {
    path: 'interim-requests/new',
    title: 'Request interim reports',
    canActivate: [permissionGuard(Permission.ChasingSend)],
    loadComponent: () => import('./interim-request-form.page').then((m) => m.InterimRequestFormPage),
  },
  {
    path: 'letters',
    title: 'Send a commissioner letter',
    canActivate: [permissionGuard(Permission.ChasingSend)],
    loadComponent: () => import('./commissioner-letter.page').then((m) => m.CommissionerLetterPage),
  },
  {
    path: 'providers/:providerId',
    title: 'Chasing timeline',
    loadComponent: () => import('./chasing-timeline.page').then((m) => m.ChasingTimelinePage),
  },
];

/** Mounted at /interim-requests, which needs submissions:write (a provider's own): the app's route checks it. */
export const interimRequestsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Interim reports',
    loadComponent: () => import('./interim-requests.page').then((m) => m.InterimRequestsPage),
  },
  {
    path: ':id/answer',
    title: 'Send your interim report',
    loadComponent: () => import('./interim-answer.page').then((m) => m.InterimAnswerPage),
  },
];
