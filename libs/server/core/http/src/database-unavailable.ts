import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

/** PostgreSQL's own codes for "not now": admin or crash shutdown, starting up, and class 08 (connection). */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
/** What node-postgres and its pool throw when a connection is cut or cannot be had in time. */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error means PostgreSQL could not be reached or cut the connection (a restart, a failover),
 * rather than that the request or the code was wrong. Looks through TypeORM's wrapper and error causes.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (typeof code === 'string' && UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

/**
 * While PostgreSQL restarts, requests fail. Say so as 503 with Retry-After, not as a 500 that reads like a
 * bug: the fault suite restarts PostgreSQL under a running api and expects clean, retryable refusals, and
 * the same api serving again once the database is back. Everything else goes to Nest's own handling.
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  private readonly logger = new Logger(DatabaseUnavailableFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || !isDatabaseUnavailable(exception)) return super.catch(exception, host);
    this.logger.warn(
      `Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`,
    );
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', '5').json({
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: 'The service is briefly unavailable. Try again in a moment.',
    });
  }
}
