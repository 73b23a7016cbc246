import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@wres/server/core/config';
import {
  assertEveryJobHandled,
  JobName,
  LINK_CHECK_SWEEP_EVERY_MS,
  OUTBOX_SWEEP_EVERY_MS,
  QueueName,
  REMINDER_SWEEP_EVERY_MS,
} from '@wres/server/core/queue';
import { Queue } from 'bullmq';
import { Logger } from 'nestjs-pino';
import { EmailProcessor } from './email.processor';
import { LinkCheckSweep } from './link-check-sweep.service';
import { LinkCheckProcessor } from './link-check.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { OutboxSweep } from './outbox-sweep.service';
import { ReminderSweep } from './reminder-sweep.service';
import { WorkerModule } from './worker.module';

/**
 * Boots the worker: checks that every job has exactly one handler (refusing to start otherwise),
 * registers the recurring sweeps once, catches up on reminders, link checks and the outbox, then starts
 * consuming.
 */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const processors = [app.get(EmailProcessor), app.get(MaintenanceProcessor), app.get(LinkCheckProcessor)];
  try {
    assertEveryJobHandled(processors.map((p) => p.handlerSet));
  } catch (error) {
    await app.close();
    throw error;
  }
  const maintenance = app.get<Queue>(getQueueToken(QueueName.Maintenance));
  await registerSchedules(maintenance);
  await app.get(ReminderSweep).sweep();
  await app.get(LinkCheckSweep).sweep();
  await app.get(OutboxSweep).sweep();
  await recoverWhenRedisReturns(app, maintenance);
  for (const processor of processors) void processor.worker.run();
  return app;
}

/** The recurring sweeps. Their schedules live in Redis; registering them again changes nothing. */
async function registerSchedules(maintenance: Queue): Promise<void> {
  await maintenance.upsertJobScheduler(
    'outbox-sweep',
    { every: OUTBOX_SWEEP_EVERY_MS },
    { name: JobName.SweepOutbox, data: {} },
  );
  await maintenance.upsertJobScheduler(
    'reminder-sweep',
    { every: REMINDER_SWEEP_EVERY_MS },
    { name: JobName.SweepReminders, data: {} },
  );
  await maintenance.upsertJobScheduler(
    'link-check-sweep',
    { every: LINK_CHECK_SWEEP_EVERY_MS },
    { name: JobName.SweepLinkChecks, data: {} },
  );
}

/**
 * Redis can come back from an outage empty (restarted without persistence, or failed over to a fresh
 * server): its queued jobs and the schedules above are gone, so nothing would sweep the outbox again until
 * the worker restarted, and an email whose job was lost would wait for ever. The fault suite found this.
 * So each time the queue connection is ready again, register the schedules and re-derive the email queue
 * from the outbox at once. Both are idempotent: after a reconnect that lost nothing they cost a query.
 */
async function recoverWhenRedisReturns(app: INestApplicationContext, maintenance: Queue): Promise<void> {
  const logger = new NestLogger('RedisRecovery');
  const client = await maintenance.client;
  let recovering = false;
  client.on('ready', () => {
    if (recovering) return;
    recovering = true;
    registerSchedules(maintenance)
      .then(() => app.get(OutboxSweep).sweep())
      .then(({ enqueued }) =>
        logger.log(`Redis is back: schedules registered, ${enqueued} pending email(s) queued`),
      )
      .catch((error: unknown) => logger.warn(`Recovery after Redis came back failed: ${String(error)}`))
      .finally(() => (recovering = false));
  });
}
