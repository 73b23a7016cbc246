export * from './calendar-feed.module';
export * from './calendar-feed.service';
export * from './feed-events';
