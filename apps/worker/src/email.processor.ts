import { Processor, WorkerHost } from '@nestjs/bullmq';
import { dispatchJob, JobHandlerSet, JobName, QueueName } from '@wres/server/core/queue';
import type { Job } from 'bullmq';
import { EmailDelivery } from './email-delivery.service';

/** Autorun is off: main.ts starts the worker only after checking every job has a handler. */
@Processor(QueueName.Email, { autorun: false, concurrency: 5 })
export class EmailProcessor extends WorkerHost {
  readonly handlerSet: JobHandlerSet = {
    queue: QueueName.Email,
    handlers: {
      [JobName.SendEmail]: (job) =>
        this.delivery.deliver(job.data.outboundEmailId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)),
    },
  };

  constructor(private readonly delivery: EmailDelivery) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob(this.handlerSet, job);
  }
}
