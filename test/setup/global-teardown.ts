import './register-paths';
import Redis from 'ioredis';
import { dropDatabase } from '@wres/server/core/database';

export default async function globalTeardown(): Promise<void> {
  const databaseUrl = process.env['TEST_DATABASE_URL'];
  if (databaseUrl) await dropDatabase(databaseUrl);
  const prefix = process.env['TEST_QUEUE_PREFIX'];
  if (prefix) {
    // Leave no queue keys of this run behind in the shared Redis.
    const redis = new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}
