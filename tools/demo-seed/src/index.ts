export * from './demo-contracts';
export * from './demo-organisations';
export * from './demo-scope';
export * from './demo-seed';
export * from './demo-wres-documents';
