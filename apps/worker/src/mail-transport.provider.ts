import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { createMailTransport } from '@wres/server/core/mail';
import type { Transporter } from 'nodemailer';

/** One pooled SMTP transport per worker process, closed on shutdown. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transporter = createMailTransport(config.mail.smtpUrl);
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
