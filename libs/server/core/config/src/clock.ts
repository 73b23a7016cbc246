import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './app-config';

/**
 * The only source of "now". With APP_NOW set, time starts at that instant and moves on from there,
 * so a demo or a test can stand on any day of any reporting cycle.
 */
@Injectable()
export class Clock {
  private readonly offsetMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.offsetMs = config.clock.fixedNow ? config.clock.fixedNow.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
