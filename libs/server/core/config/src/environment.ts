import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/**
 * Every environment variable the service reads, validated once at start-up.
 * Nothing else reads process.env; everything else receives the typed AppConfig.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/wres';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Namespaces BullMQ keys, so test runs and a local demo can share one Redis without taking each other's jobs. */
  @Matches(/^[a-z0-9-]{1,40}$/, {
    message: 'QUEUE_PREFIX must be 1-40 lower-case letters, digits or hyphens',
  })
  QUEUE_PREFIX = 'wres';

  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'WRES assurance portal <no-reply@wres.localhost>';

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  /** Fixes the clock (demo and tests move time); refused in production. */
  @IsOptional()
  @IsISO8601(
    { strict: true },
    { message: 'APP_NOW must be an ISO 8601 date-time, e.g. 2016-04-03T09:00:00Z' },
  )
  APP_NOW?: string;

  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET = 'development-only-session-secret-change-me-0123456789';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Lets the link checker fetch loopback, private and link-local addresses, so tests and a local demo can
   * check links to servers on this machine; refused in production, where it would open the worker to SSRF.
   */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'LINK_CHECK_ALLOW_PRIVATE_ADDRESSES must be true or false' })
  LINK_CHECK_ALLOW_PRIVATE_ADDRESSES = false;

  /** Where the api finds the built web app to serve at `/`; empty to serve the api only. */
  @IsOptional()
  @IsString()
  WEB_DIST?: string;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

const VARIABLE_NAMES = [...Object.keys(new EnvironmentVariables()), 'APP_NOW', 'WEB_DIST'];

/** Validates raw variables; throws one error naming every bad variable. Empty strings count as unset. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const candidate = Object.fromEntries(
    VARIABLE_NAMES.filter((name) => raw[name] !== undefined && raw[name] !== '').map((name) => [
      name,
      raw[name],
    ]),
  );
  const env = plainToInstance(EnvironmentVariables, candidate, { exposeDefaultValues: true });
  const problems = validateSync(env).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
  const defaults = new EnvironmentVariables();
  if (env.NODE_ENV === 'production' && env.APP_NOW) {
    problems.push(
      'APP_NOW must not be set when NODE_ENV=production: the clock cannot be fixed in production',
    );
  }
  if (env.NODE_ENV === 'production' && env.SESSION_SECRET === defaults.SESSION_SECRET) {
    problems.push('SESSION_SECRET must be set to a secret value when NODE_ENV=production');
  }
  if (env.NODE_ENV === 'production' && env.LINK_CHECK_ALLOW_PRIVATE_ADDRESSES === true) {
    problems.push(
      'LINK_CHECK_ALLOW_PRIVATE_ADDRESSES must not be true when NODE_ENV=production: ' +
        'the link checker must never fetch private or internal addresses there',
    );
  }
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}
