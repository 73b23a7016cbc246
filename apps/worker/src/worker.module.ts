import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@wres/server/core/config';
import { DatabaseModule } from '@wres/server/core/database';
import { loggerParams } from '@wres/server/core/http';
import { EmailOutbox } from '@wres/server/core/mail';
import { QueueModule } from '@wres/server/core/queue';
import { LinkChecksService } from '@wres/server/link-checker';
import { ReportingCycleCatalogue, ShippedReportingCycleCatalogue } from '@wres/server/scope';
import { LoggerModule } from 'nestjs-pino';
import { DrainOnShutdown } from './drain-on-shutdown';
import { EmailDelivery } from './email-delivery.service';
import { EmailProcessor } from './email.processor';
import { LinkCheckSweep } from './link-check-sweep.service';
import { LinkCheckProcessor } from './link-check.processor';
import { MailTransport } from './mail-transport.provider';
import { MaintenanceProcessor } from './maintenance.processor';
import { OutboxSweep } from './outbox-sweep.service';
import { ReminderSweep } from './reminder-sweep.service';

/** Processors and their services only; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule,
        QueueModule.forRoot('worker'),
      ],
      providers: [
        MailTransport,
        EmailDelivery,
        EmailProcessor,
        OutboxSweep,
        EmailOutbox,
        { provide: ReportingCycleCatalogue, useClass: ShippedReportingCycleCatalogue },
        ReminderSweep,
        LinkChecksService,
        LinkCheckSweep,
        LinkCheckProcessor,
        MaintenanceProcessor,
        DrainOnShutdown,
      ],
    };
  }
}
