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
 * so rows already queued are not queued twice; after a Redis loss every unsent row is queued again.
 */
@Injectable()
export class OutboxSweep {
  constructor(
    @InjectRepository(OutboundEmailEntity) private readonly outbox: Repository<OutboundEmailEntity>,
    @InjectQueue(QueueName.Email) private readonly emailQueue: Queue,
  ) {}

  async sweep(): Promise<{ enqueued: number }> {
    let enqueued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string }> = await this.outbox.query(
        `SELECT id FROM outbound_email WHERE status = 'pending' AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) return { enqueued };
      await this.emailQueue.addBulk(
        rows.map(({ id }) => ({
          name: JobName.SendEmail,
          data: { outboundEmailId: id },
          opts: { jobId: jobIdFor(JobName.SendEmail, id) },
        })),
      );
      enqueued += rows.length;
      after = rows[rows.length - 1].id;
    }
  }
}
