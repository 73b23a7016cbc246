export * from './lib/invite-user.page';
export * from './lib/my-organisation.page';
export * from './lib/organisation-detail.component';
export * from './lib/organisation.page';
export * from './lib/organisations-list.page';
export * from './lib/organisations.routes';
