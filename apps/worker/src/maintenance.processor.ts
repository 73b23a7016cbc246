import { Processor, WorkerHost } from '@nestjs/bullmq';
import { dispatchJob, JobHandlerSet, JobName, QueueName } from '@wres/server/core/queue';
import type { Job } from 'bullmq';
import { OutboxSweep } from './outbox-sweep.service';

@Processor(QueueName.Maintenance, { autorun: false, concurrency: 1 })
export class MaintenanceProcessor extends WorkerHost {
  readonly handlerSet: JobHandlerSet = {
    queue: QueueName.Maintenance,
    handlers: { [JobName.SweepOutbox]: () => this.outboxSweep.sweep() },
  };

  constructor(private readonly outboxSweep: OutboxSweep) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob(this.handlerSet, job);
  }
}
