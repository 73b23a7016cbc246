import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { EmailProcessor } from './email.processor';
import { LinkCheckProcessor } from './link-check.processor';
import { MaintenanceProcessor } from './maintenance.processor';

/**
 * A graceful stop (SIGTERM) lets the jobs in hand finish before anything they use is closed. Nest closes
 * the SMTP transport and the database in the same shutdown phase as BullMQ's workers, and the root module
 * first, so without this the jobs in flight lost their database mid-send: the mail server had the message
 * but the outbox never recorded it, and it was sent again after the restart. The fault suite found this.
 * This runs in the phase before: it stops taking jobs and waits for those in hand.
 */
@Injectable()
export class DrainOnShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DrainOnShutdown.name);

  constructor(
    private readonly email: EmailProcessor,
    private readonly maintenance: MaintenanceProcessor,
    private readonly linkCheck: LinkCheckProcessor,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const started = Date.now();
    await Promise.all(
      [this.email, this.maintenance, this.linkCheck].map((processor) => processor.worker.close()),
    );
    this.logger.log(
      `Stopped taking jobs${signal ? ` on ${signal}` : ''}; jobs in hand finished in ${Date.now() - started} ms`,
    );
  }
}
