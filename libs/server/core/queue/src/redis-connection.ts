import type { RedisOptions } from 'ioredis';

/**
 * Connection options from REDIS_URL. The api fails fast when Redis is away (the outbox in PostgreSQL
 * keeps the work); the worker waits for it, as BullMQ workers require.
 */
export function redisConnectionOptions(redisUrl: string, role: 'producer' | 'worker'): RedisOptions {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    ...(role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 }
      : { maxRetriesPerRequest: null }),
    retryStrategy: (attempt: number) => Math.min(attempt * 500, 5_000),
  };
}
