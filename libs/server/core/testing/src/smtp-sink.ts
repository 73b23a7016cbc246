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
 * what actually arrived. `rejectWith` makes it answer every message with an SMTP error code;
 * `rejectRecipients` refuses chosen addresses at RCPT TO, as a server does for a mailbox that does not exist.
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  rejectWith: { code: number; message: string } | null = null;
  /** Addresses (lower case) refused at RCPT TO, with the code and text to answer, e.g. 550 "No such user". */
  readonly rejectRecipients = new Map<string, { code: number; message: string }>();
  /**
   * How long the server takes to answer each message, as a busy server does. A message counts as received
   * once it has all arrived, before the answer, as with a real server that stores it and then replies; so
   * a sender that dies while waiting for the answer will send it again, and the duplicate shows here.
   */
  replyDelayMs = 0;
  private readonly server: SMTPServer;
  private waiters: Array<() => void> = [];

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const refusal = this.rejectRecipients.get(address.address.toLowerCase());
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
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
            if (this.replyDelayMs > 0) setTimeout(() => callback(), this.replyDelayMs);
            else callback();
          })
          .catch(callback);
      },
    });
    // A sender that dies mid-conversation resets its connection; a server carries on, and so does the test.
    this.server.on('error', () => undefined);
  }

  /** Listens on `port` (by default any free one), e.g. a port senders were already told, to come back on. */
  async start(port = 0): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
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
