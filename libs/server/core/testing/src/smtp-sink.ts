import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
}

/**
 * A real SMTP server in the test process. It receives what nodemailer sends over TCP, so tests assert on
 * what actually arrived. `rejectWith` makes it answer every message with an SMTP error code.
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  rejectWith: { code: number; message: string } | null = null;
  private readonly server: SMTPServer;
  private waiters: Array<() => void> = [];

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            if (this.rejectWith) {
              const error = Object.assign(new Error(this.rejectWith.message), {
                responseCode: this.rejectWith.code,
              });
              return callback(error);
            }
            const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address ?? ''));
            this.received.push({
              to,
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers: mail.headers,
            });
            this.waiters.forEach((wake) => wake());
            callback();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** Resolves once an email matching `predicate` has arrived, or fails after `timeoutMs`. */
  waitFor(predicate: (email: ReceivedEmail) => boolean, timeoutMs = 20_000): Promise<ReceivedEmail> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(predicate);
        if (!found) return false;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== onArrival);
        resolve(found);
        return true;
      };
      const onArrival = () => void check();
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== onArrival);
        reject(
          new Error(
            `No matching email within ${timeoutMs} ms; received: ${this.received.map((e) => `${e.to} "${e.subject}"`).join(', ') || 'none'}`,
          ),
        );
      }, timeoutMs);
      if (!check()) this.waiters.push(onArrival);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
