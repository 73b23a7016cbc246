import type { Routes } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import { permissionGuard } from '@wres/web/auth/data-access';

/**
 * Mounted at /reviews, which needs submissions:read. The queue and a review are for reviewers (commissioners
 * and CSU analysts); a review's trail is also for the provider's own users.
 */
export const reviewsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Reports to review',
    canActivate: [permissionGuard(Permission.ReviewsComment)],
    loadComponent: () => import('./review-queue.page').then((m) => m.ReviewQueuePage),
  },
  {
    path: ':providerId/:year',
    title: 'Review',
    canActivate: [permissionGuard(Permission.ReviewsComment)],
    loadComponent: () => import('./review.page').then((m) => m.ReviewPage),
  },
  {
    path: ':providerId/:year/audit',
    title: 'Review trail',
    loadComponent: () => import('./review-audit.page').then((m) => m.ReviewAuditPage),
  },
];
