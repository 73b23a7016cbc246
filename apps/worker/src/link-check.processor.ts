import { Processor, WorkerHost } from '@nestjs/bullmq';
import { dispatchJob, JobHandlerSet, JobName, QueueName } from '@wres/server/core/queue';
import { LinkChecksService } from '@wres/server/link-checker';
import type { Job } from 'bullmq';

/**
 * A few checks at once: each mostly waits on another site (at most its timeout), and a site that is down
 * must not hold up every other provider's checks.
 */
@Processor(QueueName.LinkCheck, { autorun: false, concurrency: 4 })
export class LinkCheckProcessor extends WorkerHost {
  readonly handlerSet: JobHandlerSet = {
    queue: QueueName.LinkCheck,
    handlers: {
      [JobName.CheckLinks]: (job) => this.linkChecks.checkVersion(job.data),
    },
  };

  constructor(private readonly linkChecks: LinkChecksService) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob(this.handlerSet, job);
  }
}
