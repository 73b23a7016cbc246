import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { Client } from 'pg';

const TIMEOUT_MS = 1_500;

/**
 * Pings PostgreSQL on a connection of its own, not one borrowed from the api's pool. Under heavy load every
 * pooled connection is busy and a ping waits its turn behind the requests; it then timed out and health
 * answered 503 "database down" while PostgreSQL was fine and every request was being answered, inviting a
 * load balancer to take a busy api out of service. The fault suite's load test found this. A connection that
 * fails is dropped and made afresh on the next check, so health follows PostgreSQL through a restart.
 */
@Injectable()
export class DatabaseHealthIndicator implements OnModuleDestroy {
  private connection: Promise<Client> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'database') {
    const indicator = this.health.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        }),
      ]);
      return indicator.up();
    } catch (error) {
      this.drop();
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.drop();
  }

  private async ping(): Promise<void> {
    const client = await this.connect();
    await client.query('SELECT 1');
  }

  private connect(): Promise<Client> {
    if (!this.connection) {
      const client = new Client({
        connectionString: this.config.database.url,
        connectionTimeoutMillis: TIMEOUT_MS,
        application_name: 'wres-health',
      });
      const connecting = client.connect().then(() => client);
      connecting.catch(() => undefined);
      // A connection cut by the server (a restart) is dropped; the next check makes a new one.
      client.on('error', () => this.drop(connecting));
      this.connection = connecting;
    }
    return this.connection;
  }

  private drop(connection: Promise<Client> | null = this.connection): void {
    if (connection === this.connection) this.connection = null;
    connection?.then((client) => client.end()).catch(() => undefined);
  }
}
