import { EnvironmentVariables, NodeEnv, validateEnvironment } from './environment';

/** The typed configuration every part of the service receives; built once from the environment. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  production: boolean;
  http: { port: number; publicUrl: string; webDist: string | null };
  database: { url: string };
  redis: { url: string; queuePrefix: string };
  mail: { smtpUrl: string; from: string };
  clock: { fixedNow: Date | null };
  auth: { sessionSecret: string; loginMaxFailures: number; loginWindowSeconds: number };
  log: { level: string };
  linkCheck: { allowPrivateAddresses: boolean };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function toAppConfig(env: EnvironmentVariables): AppConfig {
  return {
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV === 'production',
    http: { port: env.PORT, publicUrl: env.PUBLIC_URL.replace(/\/$/, ''), webDist: env.WEB_DIST ?? null },
    database: { url: env.DATABASE_URL },
    redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    clock: { fixedNow: env.APP_NOW ? new Date(env.APP_NOW) : null },
    auth: {
      sessionSecret: env.SESSION_SECRET,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS,
    },
    log: { level: env.LOG_LEVEL },
    linkCheck: { allowPrivateAddresses: env.LINK_CHECK_ALLOW_PRIVATE_ADDRESSES },
  };
}

export function loadAppConfig(raw: Record<string, unknown> = process.env): AppConfig {
  return toAppConfig(validateEnvironment(raw));
}
