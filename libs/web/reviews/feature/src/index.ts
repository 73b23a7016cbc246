export * from './lib/reviews.routes';
