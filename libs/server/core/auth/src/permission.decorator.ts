import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@wres/shared/contracts';
import type { Principal } from './principal';

export const PERMISSION_KEY = 'wres:permission';
export const PUBLIC_KEY = 'wres:public';

/** The permission a route needs. Every route has one of these or @Public(); the guard denies anything else. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** For the few routes a signed-out person must reach: sign in, accept an invitation, reset a password, health. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface RequestWithPrincipal {
  principal?: Principal;
  id?: string | number;
}

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (!request.principal)
      throw new Error('CurrentPrincipal used on a route that is not guarded by a permission');
    return request.principal;
  },
);
