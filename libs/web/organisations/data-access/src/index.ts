export * from './lib/invitations.api';
export * from './lib/organisations.api';
export * from './lib/relation-labels';
