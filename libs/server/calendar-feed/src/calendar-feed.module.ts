import { Module } from '@nestjs/common';
import { ScopeModule } from '@wres/server/scope';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';

@Module({
  imports: [ScopeModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService],
})
export class CalendarFeedModule {}
