import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  Principal,
  principalFromUser,
  Public,
  RequirePermission,
} from '@wres/server/core/auth';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { issueCsrfToken, SESSION_COOKIE } from '@wres/server/core/http';
import { OrganisationsService } from '@wres/server/organisations';
import { Permission } from '@wres/shared/contracts';
import type { Me } from '@wres/shared/contracts';
import type { Request, Response } from 'express';
import { LoginDto } from './accounts.dto';
import { AccountsService } from './accounts.service';
import { requestId } from './request-id';
import { LoginThrottle } from './login-throttle';

@ApiTags('auth')
@Controller('v1')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly throttle: LoginThrottle,
    private readonly organisations: OrganisationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('auth/csrf')
  @Public()
  @ApiOkResponse({
    description: 'Issues the CSRF token (also set as the XSRF-TOKEN cookie) to send as X-XSRF-TOKEN',
  })
  csrf(@Req() req: Request, @Res({ passthrough: true }) res: Response): { csrfToken: string } {
    return { csrfToken: issueCsrfToken(req, res, this.config) };
  }

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Signed in; the session cookie is set' })
  @ApiUnauthorizedResponse({ description: 'Email address or password is incorrect' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account from this address' })
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    const ip = req.ip ?? 'unknown';
    await this.throttle.assertAllowed(body.email, ip);
    const user = await this.accounts
      .authenticate(body.email, body.password, requestId(req))
      .catch(async (error) => {
        await this.throttle.recordFailure(body.email, ip);
        throw error;
      });
    await this.throttle.reset(body.email, ip);
    // A new session id on sign-in, so a session fixed before sign-in is worthless.
    await new Promise<void>((resolve, reject) =>
      req.session.regenerate((error) => (error ? reject(error) : resolve())),
    );
    req.session.userId = user.id;
    issueCsrfToken(req, res, this.config, true);
    return this.toMe(principalFromUser(user, requestId(req)));
  }

  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      req.session.destroy((error) => (error ? reject(error) : resolve())),
    );
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @RequirePermission(Permission.SessionRead)
  @ApiOkResponse({ description: 'The signed-in user, their role, permissions and organisation' })
  me(@CurrentPrincipal() principal: Principal): Promise<Me> {
    return this.toMe(principal);
  }

  private async toMe(principal: Principal): Promise<Me> {
    const {
      successor: _s,
      predecessors: _p,
      related: _r,
      ...organisation
    } = await this.organisations.getVisible(principal, principal.organisationId);
    return {
      id: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      role: principal.role,
      permissions: [...principal.permissions],
      organisation,
    };
  }
}
