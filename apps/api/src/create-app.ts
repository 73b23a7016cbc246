import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@wres/server/core/config';
import { configureHttpApp } from '@wres/server/core/http';
import { AppModule } from './app.module';

/** Builds the api exactly as production runs it; main.ts and the integration tests both use this. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  configureHttpApp(app, config);
  return app;
}
