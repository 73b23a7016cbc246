export * from './lib/review-conversation.model';
export * from './lib/review-labels.model';
export * from './lib/review-queue.model';
export * from './lib/reviews.api';
