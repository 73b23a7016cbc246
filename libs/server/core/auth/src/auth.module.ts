import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { DatabaseModule } from '@wres/server/core/database';
import { PasswordHasher } from './password-hasher';
import { PermissionsGuard } from './permissions.guard';

@Global()
@Module({
  imports: [DatabaseModule, DiscoveryModule],
  providers: [PasswordHasher, { provide: APP_GUARD, useClass: PermissionsGuard }],
  exports: [PasswordHasher],
})
export class AuthModule {}
