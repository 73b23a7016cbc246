import { createTransport, Transporter } from 'nodemailer';

/** A pooled SMTP transport from SMTP_URL (smtp://user:pass@host:port, smtps:// for implicit TLS). */
export function createMailTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  return createTransport({
    pool: true,
    maxConnections: 5,
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // Local catchers and test servers speak plain SMTP; STARTTLS is used when the server offers it.
    ignoreTLS: ['localhost', '127.0.0.1', '::1'].includes(url.hostname),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** SMTP 5xx answers are permanent: retrying will not help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
