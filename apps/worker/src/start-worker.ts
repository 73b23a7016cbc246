import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@wres/server/core/config';
import {
  assertEveryJobHandled,
  JobName,
  OUTBOX_SWEEP_EVERY_MS,
  QueueName,
  REMINDER_SWEEP_EVERY_MS,
} from '@wres/server/core/queue';
import { Queue } from 'bullmq';
import { Logger } from 'nestjs-pino';
import { EmailProcessor } from './email.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { OutboxSweep } from './outbox-sweep.service';
import { ReminderSweep } from './reminder-sweep.service';
import { WorkerModule } from './worker.module';

/**
 * Boots the worker: checks that every job has exactly one handler (refusing to start otherwise),
 * registers the recurring sweeps once, catches up on reminders and the outbox, then starts consuming.
 */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const processors = [app.get(EmailProcessor), app.get(MaintenanceProcessor)];
  try {
    assertEveryJobHandled(processors.map((p) => p.handlerSet));
  } catch (error) {
    await app.close();
    throw error;
  }
  const maintenance = app.get<Queue>(getQueueToken(QueueName.Maintenance));
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
  await app.get(ReminderSweep).sweep();
  await app.get(OutboxSweep).sweep();
  for (const processor of processors) void processor.worker.run();
  return app;
}
