import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { HealthCheckResult } from '@nestjs/terminus';
import { Public } from '@wres/server/core/auth';
import { DatabaseHealthIndicator } from './database.health';
import { RedisHealthIndicator } from './redis.health';

/**
 * Dependencies the api can run without for a while. Redis only carries the job queues: emails wait in the
 * PostgreSQL outbox until it is back, and every read and write still works. So a Redis outage makes the
 * service degraded, not down, and health must not answer 503 for it, or a load balancer would take every
 * api out of service and turn a queue outage into a full one.
 */
const CAN_RUN_WITHOUT: ReadonlySet<string> = new Set(['redis']);

/** What health answers while only dependencies the api can run without are down: 200, "degraded". */
export type DegradedHealthCheckResult = Omit<HealthCheckResult, 'status'> & { status: 'degraded' };

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOkResponse({
    description:
      '{"status":"ok"} with database and redis up; {"status":"degraded"} naming redis under "error" while only ' +
      'Redis is down (queued work waits in the outbox)',
  })
  @ApiServiceUnavailableResponse({
    description: '{"status":"error"} naming what is down, the database among them',
  })
  async check(): Promise<HealthCheckResult | DegradedHealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.check('database'),
        () => this.redis.check('redis'),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) {
        const result = error.getResponse() as HealthCheckResult;
        const down = Object.keys(result.error ?? {});
        if (result.status === 'error' && down.length > 0 && down.every((name) => CAN_RUN_WITHOUT.has(name)))
          return { ...result, status: 'degraded' };
      }
      throw error;
    }
  }
}
