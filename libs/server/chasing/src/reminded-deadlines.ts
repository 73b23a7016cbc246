import type { DeadlineKind } from '@wres/domain/calendar';

/**
 * The provider deadlines the reminder sweep chases, and how a reminder names them: the worker's reminder
 * sweep writes reminders for these, and the chasing timeline reports on them.
 */
export const REMINDED_DEADLINES: Partial<Record<DeadlineKind, string>> = {
  publication: 'baseline data publication',
  'annual-report': 'annual report',
};

export const INTERIM_REPORT_WHAT = 'interim report';
