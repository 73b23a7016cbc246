import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { DEFAULT_JOB_OPTIONS, QueueName } from './jobs';
import { redisConnectionOptions } from './redis-connection';

@Module({})
export class QueueModule {
  /** Registers every queue. `role` decides how the connection behaves while Redis is unavailable. */
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisConnectionOptions(config.redis.url, role),
            prefix: config.redis.queuePrefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      exports: [BullModule],
    };
  }
}
