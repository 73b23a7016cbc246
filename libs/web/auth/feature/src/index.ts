export * from './lib/accept-invitation.page';
export * from './lib/confirm-password-reset.page';
export * from './lib/login.page';
export * from './lib/reset-password.page';
