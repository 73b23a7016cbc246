import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { OutboundEmailEntity } from '@wres/server/core/database';
import { JobName, jobIdFor, QueueName } from '@wres/server/core/queue';
import { Queue } from 'bullmq';
import { EntityManager } from 'typeorm';
import type { EmailTemplateData, EmailTemplateName } from './templates/templates';

export interface EmailToQueue<T extends EmailTemplateName> {
  template: T;
  recipient: string;
  data: EmailTemplateData[T];
  dedupeKey?: string;
}

/**
 * Emails are written to the outbox inside the caller's transaction, then handed to the queue after commit.
 * If Redis is away at that moment the row simply waits for the worker's next sweep.
 */
@Injectable()
export class EmailOutbox {
  private readonly logger = new Logger(EmailOutbox.name);

  constructor(@InjectQueue(QueueName.Email) private readonly emailQueue: Queue) {}

  async add<T extends EmailTemplateName>(manager: EntityManager, email: EmailToQueue<T>): Promise<string> {
    const row = await manager.save(OutboundEmailEntity, {
      template: email.template,
      recipient: email.recipient.toLowerCase(),
      data: email.data as unknown as Record<string, unknown>,
      dedupeKey: email.dedupeKey ?? null,
      status: 'pending',
      attempts: 0,
      lastError: null,
      subject: null,
      messageId: null,
      sentAt: null,
    });
    return row.id;
  }

  /**
   * Many emails in one statement, inside the caller's transaction. An email whose dedupe key was written
   * before is skipped, so a sweep or bulk action can run again without sending anything twice. Returns the
   * ids of the rows written, to dispatch after commit.
   */
  async addMany<T extends EmailTemplateName>(
    manager: EntityManager,
    emails: ReadonlyArray<EmailToQueue<T> & { dedupeKey: string }>,
  ): Promise<string[]> {
    if (emails.length === 0) return [];
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO outbound_email (dedupe_key, template, recipient, data, status, attempts)
       SELECT key, template, recipient, data::jsonb, 'pending', 0
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(key, template, recipient, data)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        emails.map((email) => email.dedupeKey),
        emails.map((email) => email.template),
        emails.map((email) => email.recipient.toLowerCase()),
        emails.map((email) => JSON.stringify(email.data)),
      ],
    );
    return inserted.map((row) => row.id);
  }

  /** Call after the transaction commits. Never throws: the outbox row is the promise to send. */
  async dispatch(outboundEmailIds: readonly string[]): Promise<void> {
    try {
      const added = this.emailQueue.addBulk(
        outboundEmailIds.map((outboundEmailId) => ({
          name: JobName.SendEmail,
          data: { outboundEmailId },
          opts: { jobId: jobIdFor(JobName.SendEmail, outboundEmailId) },
        })),
      );
      // BullMQ waits for Redis indefinitely; the request must not. A late add is harmless: the job id dedupes.
      added.catch(() => undefined);
      await Promise.race([
        added,
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2s')), 2_000).unref()),
      ]);
    } catch (error) {
      this.logger.warn(
        `Queue unavailable; ${outboundEmailIds.length} email(s) stay in the outbox for the next sweep: ${String(error)}`,
      );
    }
  }
}
