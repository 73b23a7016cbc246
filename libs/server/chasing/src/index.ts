export * from './chasing-sql';
export * from './chasing.module';
export * from './commissioner-letters.service';
export * from './interim-requests.service';
export * from './reminded-deadlines';
export * from './reminder-pause-sql';
export * from './reminder-schedule';
