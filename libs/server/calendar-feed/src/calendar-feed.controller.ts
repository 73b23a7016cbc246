import { Controller, Get, Header, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { CalendarFeedCreated } from '@wres/shared/contracts';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('calendar-feed')
@Controller('v1/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Post()
  @RequirePermission(Permission.CalendarFeedManage)
  // The answer holds the feed's only secret.
  @Header('Cache-Control', 'no-store')
  @ApiCreatedResponse({
    description:
      "The address of the organisation's calendar feed, shown only now. Calling again gives a new address " +
      'and retires the old one.',
  })
  @ApiForbiddenResponse({ description: 'Only commissioners have a feed' })
  createOrRotate(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedCreated> {
    return this.feeds.createOrRotate(principal);
  }

  /** Public because calendar apps cannot sign in: the unguessable token in the address is the credential. */
  @Get(':token.ics')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description:
      'iCalendar: one all-day entry per deadline of every in-scope provider the organisation commissions, ' +
      'in every contract year, and its own tasks (letters, reminders)',
  })
  @ApiNotFoundResponse({ description: 'No feed has this token (it may have been rotated)' })
  feed(@Param('token') token: string): Promise<string> {
    return this.feeds.calendar(token);
  }
}
