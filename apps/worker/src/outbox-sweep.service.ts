import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OutboundEmailEntity } from '@wres/server/core/database';
import { JobName, jobIdFor, QueueName } from '@wres/server/core/queue';
import { Queue } from 'bullmq';
import { Repository } from 'typeorm';

const BATCH = 1_000;

/**
 * Re-derives queue state from PostgreSQL: every pending outbox row gets a send job. Job ids are the row ids,
 * so rows already queued are not queued twice; after a Redis loss every unsent row is queued again. A row
 * still pending whose job has used up its attempts (it failed before it could record why, e.g. while
 * PostgreSQL was down) has its job retried afresh: the failed job keeps its id for days, so adding it again
 * would do nothing and the email would never go.
 */
@Injectable()
export class OutboxSweep {
  constructor(
    @InjectRepository(OutboundEmailEntity) private readonly outbox: Repository<OutboundEmailEntity>,
    @InjectQueue(QueueName.Email) private readonly emailQueue: Queue,
  ) {}

  async sweep(): Promise<{ enqueued: number; retried: number }> {
    let enqueued = 0;
    let retried = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string }> = await this.outbox.query(
        `SELECT id FROM outbound_email WHERE status = 'pending' AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) return { enqueued, retried };
      await this.emailQueue.addBulk(
        rows.map(({ id }) => ({
          name: JobName.SendEmail,
          data: { outboundEmailId: id },
          opts: { jobId: jobIdFor(JobName.SendEmail, id) },
        })),
      );
      enqueued += rows.length;
      retried += await this.retryFailed(rows.map(({ id }) => jobIdFor(JobName.SendEmail, id)));
      after = rows[rows.length - 1].id;
    }
  }

  private async retryFailed(jobIds: readonly string[]): Promise<number> {
    const states = await Promise.all(jobIds.map((jobId) => this.emailQueue.getJobState(jobId)));
    const failed = jobIds.filter((_, index) => states[index] === 'failed');
    let retried = 0;
    for (const jobId of failed) {
      const job = await this.emailQueue.getJob(jobId);
      // Another worker's sweep may have retried it since its state was read: that is as good.
      const moved = await job
        ?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true })
        .then(() => true)
        .catch(() => false);
      if (moved) retried++;
    }
    return retried;
  }
}
