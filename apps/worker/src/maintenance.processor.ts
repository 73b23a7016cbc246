import { Processor, WorkerHost } from '@nestjs/bullmq';
import { dispatchJob, JobHandlerSet, JobName, QueueName } from '@wres/server/core/queue';
import type { Job } from 'bullmq';
import { LinkCheckSweep } from './link-check-sweep.service';
import { OutboxSweep } from './outbox-sweep.service';
import { ReminderSweep } from './reminder-sweep.service';

@Processor(QueueName.Maintenance, { autorun: false, concurrency: 1 })
export class MaintenanceProcessor extends WorkerHost {
  readonly handlerSet: JobHandlerSet = {
    queue: QueueName.Maintenance,
    handlers: {
      [JobName.SweepOutbox]: () => this.outboxSweep.sweep(),
      [JobName.SweepReminders]: () => this.reminderSweep.sweep(),
      [JobName.SweepLinkChecks]: () => this.linkCheckSweep.sweep(),
    },
  };

  constructor(
    private readonly outboxSweep: OutboxSweep,
    private readonly reminderSweep: ReminderSweep,
    private readonly linkCheckSweep: LinkCheckSweep,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatchJob(this.handlerSet, job);
  }
}
