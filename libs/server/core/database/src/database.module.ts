import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { dataSourceOptions, ENTITIES } from './data-source';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database.url),
        // Migrations run before the process starts (npm start, the container entrypoint), never here.
        migrationsRun: false,
        // Keep trying while PostgreSQL restarts rather than exiting.
        retryAttempts: 10,
        retryDelay: 1_000,
      }),
    }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
