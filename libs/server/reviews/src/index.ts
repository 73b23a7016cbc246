export * from './review-transitions';
export * from './reviews.module';
export * from './reviews.service';
