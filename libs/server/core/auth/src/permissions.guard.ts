import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { hasPermission, Permission } from '@wres/shared/contracts';
import { UserEntity } from '@wres/server/core/database';
import { Repository } from 'typeorm';
import { PERMISSION_KEY, PUBLIC_KEY, RequestWithPrincipal } from './permission.decorator';
import { principalFromUser, SessionData } from './principal';

/** Deny by default: a route with neither a permission nor @Public() is refused, whoever asks. */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) throw new ForbiddenException('This route has no permission and is closed');

    const request = context.switchToHttp().getRequest<RequestWithPrincipal & { session?: SessionData }>();
    const userId = request.session?.userId;
    if (!userId) throw new UnauthorizedException('Sign in to continue');
    const user = await this.users.findOneBy({ id: userId, status: 'active' });
    if (!user) throw new UnauthorizedException('Sign in to continue');
    if (!hasPermission(user.role, permission)) {
      throw new ForbiddenException('You do not have permission to do this');
    }
    request.principal = principalFromUser(user, request.id === undefined ? null : String(request.id));
    return true;
  }
}
