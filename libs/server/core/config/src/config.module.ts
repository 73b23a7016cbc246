import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, loadAppConfig } from './app-config';
import { Clock } from './clock';

@Global()
@Module({})
export class AppConfigModule {
  /** Validates the environment once; a bad value stops start-up with a message naming the variable. */
  static forRoot(config: AppConfig = loadAppConfig()): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
