import { Module } from '@nestjs/common';
import { MailModule } from '@wres/server/core/mail';
import { OrganisationsModule } from '@wres/server/organisations';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { InvitationsController } from './invitations.controller';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [MailModule, OrganisationsModule],
  controllers: [AuthController, InvitationsController],
  providers: [AccountsService, LoginThrottle],
})
export class AccountsModule {}
