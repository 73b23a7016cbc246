import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import { OutboundEmailEntity } from '@wres/server/core/database';
import { isEmailTemplateName, isPermanentSmtpFailure, renderEmail } from '@wres/server/core/mail';
import type { EmailTemplateData } from '@wres/server/core/mail';
import { UnrecoverableError } from 'bullmq';
import { Repository } from 'typeorm';
import { MailTransport } from './mail-transport.provider';

export type DeliveryOutcome = 'sent' | 'skipped';

/** Renders and sends one outbox row, recording the message id, time, attempts and any failure. */
@Injectable()
export class EmailDelivery {
  private readonly logger = new Logger(EmailDelivery.name);

  constructor(
    @InjectRepository(OutboundEmailEntity) private readonly outbox: Repository<OutboundEmailEntity>,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(outboundEmailId: string, isLastAttempt: boolean): Promise<DeliveryOutcome> {
    const email = await this.outbox.findOneBy({ id: outboundEmailId });
    // Already sent (a job re-run after a crash) or gone: nothing to do, and no duplicate.
    if (!email || email.status !== 'pending') return 'skipped';
    if (!isEmailTemplateName(email.template)) {
      await this.markFailed(email.id, `Unknown template "${email.template}"`);
      throw new UnrecoverableError(`Unknown template "${email.template}"`);
    }
    const rendered = renderEmail(
      email.template,
      email.data as unknown as EmailTemplateData[typeof email.template],
    );
    await this.outbox.increment({ id: email.id }, 'attempts', 1);
    try {
      const info = await this.transport.transporter.sendMail({
        from: this.config.mail.from,
        to: email.recipient,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        headers: { 'X-WRES-Outbound-Id': email.id },
      });
      await this.outbox.update(
        { id: email.id },
        {
          status: 'sent',
          subject: rendered.subject,
          messageId: info.messageId ?? null,
          sentAt: this.clock.now(),
          lastError: null,
        },
      );
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isPermanentSmtpFailure(error) || isLastAttempt) {
        await this.markFailed(email.id, message);
        this.logger.error(`Email ${email.id} to ${email.recipient} failed: ${message}`);
        throw new UnrecoverableError(message);
      }
      await this.outbox.update({ id: email.id }, { lastError: message });
      throw error;
    }
  }

  private async markFailed(id: string, reason: string): Promise<void> {
    await this.outbox.update({ id }, { status: 'failed', lastError: reason });
  }
}
