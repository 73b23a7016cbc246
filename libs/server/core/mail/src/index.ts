export * from './email-outbox.service';
export * from './mail-transport';
export * from './mail.module';
export * from './templates/layout';
export * from './templates/templates';
