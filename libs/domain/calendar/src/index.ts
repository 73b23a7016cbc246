export * from './lib/calendar-date';
export * from './lib/cycle.validation';
export * from './lib/cycles';
export * from './lib/deadline.status';
export * from './lib/deadlines';
export * from './lib/london-time';
export * from './lib/reporting-cycle.model';
export * from './lib/report.status';
