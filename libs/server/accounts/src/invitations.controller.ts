import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { InvitationResponse } from '@wres/shared/contracts';
import type { Request } from 'express';
import { InvitationDto, PasswordResetDto, TokenPasswordDto } from './accounts.dto';
import { AccountsService } from './accounts.service';
import { requestId } from './request-id';

@ApiTags('accounts')
@Controller('v1')
export class InvitationsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('invitations')
  @RequirePermission(Permission.UsersInvite)
  @ApiCreatedResponse({ description: 'The invitation is recorded and its email queued' })
  invite(@CurrentPrincipal() principal: Principal, @Body() body: InvitationDto): Promise<InvitationResponse> {
    return this.accounts.invite(principal, body);
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password chosen; the account is active' })
  @ApiGoneResponse({ description: 'The link has expired or was already used' })
  accept(@Body() body: TokenPasswordDto, @Req() req: Request): Promise<void> {
    return this.accounts.acceptInvitation(body.token, body.password, requestId(req));
  }

  @Post('auth/password-reset')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'If an active account has this address, a reset link is on its way' })
  requestReset(@Body() body: PasswordResetDto, @Req() req: Request): Promise<void> {
    return this.accounts.requestPasswordReset(body.email, requestId(req));
  }

  @Post('auth/password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; other sessions of the account are ended' })
  @ApiGoneResponse({ description: 'The link has expired or was already used' })
  confirmReset(@Body() body: TokenPasswordDto, @Req() req: Request): Promise<void> {
    return this.accounts.confirmPasswordReset(body.token, body.password, requestId(req));
  }
}
