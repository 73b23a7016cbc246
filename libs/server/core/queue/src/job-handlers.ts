import type { Job } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './jobs';

export type JobHandler<N extends JobName> = (job: Job<JobPayloads[N], unknown, N>) => Promise<unknown>;
export type JobHandlers = { [N in JobName]?: JobHandler<N> };

/** A processor's declaration of which jobs it handles, checked at start-up. */
export interface JobHandlerSet {
  queue: QueueName;
  handlers: JobHandlers;
}

/**
 * Refuses to start a worker in which a job has no handler, two handlers, or a handler on the wrong queue:
 * a job that nobody handles would otherwise sit in Redis until someone noticed.
 */
export function assertEveryJobHandled(sets: readonly JobHandlerSet[]): void {
  const problems: string[] = [];
  const seen = new Map<JobName, number>();
  for (const set of sets) {
    for (const name of Object.keys(set.handlers) as JobName[]) {
      seen.set(name, (seen.get(name) ?? 0) + 1);
      if (JOB_QUEUE[name] !== set.queue) {
        problems.push(`job "${name}" belongs to queue "${JOB_QUEUE[name]}" but is handled on "${set.queue}"`);
      }
    }
  }
  for (const name of Object.values(JobName)) {
    const count = seen.get(name) ?? 0;
    if (count === 0) problems.push(`job "${name}" has no handler`);
    if (count > 1) problems.push(`job "${name}" has ${count} handlers`);
  }
  if (problems.length) throw new Error(`The worker cannot start:\n  - ${problems.join('\n  - ')}`);
}

/** Runs the handler a set declares for a job; an unknown job name is an error, never silently completed. */
export function dispatchJob(set: JobHandlerSet, job: Job): Promise<unknown> {
  const handler = set.handlers[job.name as JobName] as ((job: Job) => Promise<unknown>) | undefined;
  if (!handler) throw new Error(`No handler for job "${job.name}" on queue "${set.queue}"`);
  return handler(job);
}
