import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { redisConnectionOptions } from '@wres/server/core/queue';
import Redis from 'ioredis';

/** Pings Redis on a connection of its own that never queues commands, so a dead Redis answers "down" at once. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {
    this.client = new Redis({ ...redisConnectionOptions(config.redis.url, 'producer'), lazyConnect: true });
    this.client.on('error', () => undefined); // State is reported by check(); reconnects happen on their own.
  }

  async check(key = 'redis') {
    const indicator = this.health.check(key);
    try {
      if (this.client.status === 'wait') await this.client.connect();
      const answer = await Promise.race([
        this.client.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out after 1s')), 1_000)),
      ]);
      return answer === 'PONG' ? indicator.up() : indicator.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
