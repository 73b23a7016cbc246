export * from './review-audit.csv';
export * from './review-transitions';
export * from './reviews.module';
export * from './reviews.service';
