export * from './address-rules';
export * from './document-types';
export * from './link-check-due';
export * from './link-check-jobs';
export * from './link-check-requests.service';
export * from './link-checker';
export * from './link-checks.module';
export * from './link-checks.service';
