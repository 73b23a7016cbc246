import type { DefaultJobOptions } from 'bullmq';

/** Every queue the service uses. */
export enum QueueName {
  Email = 'email',
  Maintenance = 'maintenance',
  /** Link checks wait on other sites for seconds, so they have a queue of their own. */
  LinkCheck = 'link-check',
}

/** Every job the service enqueues. The worker refuses to start unless each has exactly one handler. */
export enum JobName {
  SendEmail = 'send-email',
  SweepOutbox = 'sweep-outbox',
  SweepReminders = 'sweep-reminders',
  CheckLinks = 'check-links',
  SweepLinkChecks = 'sweep-link-checks',
}

/** The payload each job carries: ids, never whole records, so a job always acts on the current truth. */
export interface JobPayloads {
  [JobName.SendEmail]: { outboundEmailId: string };
  [JobName.SweepOutbox]: Record<string, never>;
  [JobName.SweepReminders]: Record<string, never>;
  [JobName.CheckLinks]: { submissionId: string; version: number };
  [JobName.SweepLinkChecks]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendEmail]: QueueName.Email,
  [JobName.SweepOutbox]: QueueName.Maintenance,
  [JobName.SweepReminders]: QueueName.Maintenance,
  [JobName.CheckLinks]: QueueName.LinkCheck,
  [JobName.SweepLinkChecks]: QueueName.Maintenance,
};

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/**
 * A job id that says what the job is about, so adding the same job twice does nothing.
 * (BullMQ reserves ':' in custom ids.)
 */
export function jobIdFor<N extends JobName>(name: N, subjectId: string): string {
  return `${name}-${subjectId}`;
}

/** How often the worker re-derives work from PostgreSQL (and so recovers from a lost Redis). */
export const OUTBOX_SWEEP_EVERY_MS = 60_000;

/** How often the worker derives due reminders from deadlines and submissions. */
export const REMINDER_SWEEP_EVERY_MS = 15 * 60_000;

/** How often the worker looks for submitted versions whose links are due a check. */
export const LINK_CHECK_SWEEP_EVERY_MS = 15 * 60_000;
