import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

/**
 * Counts failed sign-ins per account and address in PostgreSQL (so every api replica shares the count).
 * Past the limit, sign-in is refused with 429 until the window passes, even with the right password.
 */
@Injectable()
export class LoginThrottle {
  private readonly limiter: RateLimiterPostgres;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limiter = new RateLimiterPostgres({
      storeClient: (dataSource.driver as unknown as { master: Pool }).master,
      storeType: 'pool',
      tableName: 'login_failure',
      tableCreated: true,
      // Expired rows are harmless (the limiter ignores them); no timer left running in every replica.
      clearExpiredByTimeout: false,
      keyPrefix: 'login',
      points: config.auth.loginMaxFailures,
      duration: config.auth.loginWindowSeconds,
    });
  }

  private key(email: string, ip: string): string {
    return `${email.toLowerCase()}|${ip}`;
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const state = await this.limiter.get(this.key(email, ip));
    if (state && state.consumedPoints >= this.config.auth.loginMaxFailures) this.refuse(state);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.limiter.consume(this.key(email, ip)).catch((state: unknown) => {
      if (state instanceof RateLimiterRes) return; // The next attempt is refused by assertAllowed.
      throw state;
    });
  }

  async reset(email: string, ip: string): Promise<void> {
    await this.limiter.delete(this.key(email, ip));
  }

  private refuse(state: RateLimiterRes): never {
    const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
    throw new HttpException(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
