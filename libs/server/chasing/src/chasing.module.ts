import { Module } from '@nestjs/common';
import { MailModule } from '@wres/server/core/mail';
import { ScopeModule } from '@wres/server/scope';
import { ChasingBoardController } from './chasing-board.controller';
import { ChasingBoardService } from './chasing-board.service';
import { ChasingTimelineService } from './chasing-timeline.service';
import { ChasingController } from './chasing.controller';
import { CommissionerLettersService } from './commissioner-letters.service';
import { InterimRequestsService } from './interim-requests.service';
import { ReminderPausesService } from './reminder-pauses.service';

/**
 * Chasing providers beyond the automatic reminders: interim-report requests and commissioner letters; the
 * chasing board and each provider's timeline; pausing a provider's reminders.
 */
@Module({
  imports: [MailModule, ScopeModule],
  controllers: [ChasingController, ChasingBoardController],
  providers: [
    InterimRequestsService,
    CommissionerLettersService,
    ChasingBoardService,
    ChasingTimelineService,
    ReminderPausesService,
  ],
})
export class ChasingModule {}
