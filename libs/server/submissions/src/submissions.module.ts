import { Module } from '@nestjs/common';
import { ScopeModule } from '@wres/server/scope';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({ imports: [ScopeModule], controllers: [SubmissionsController], providers: [SubmissionsService] })
export class SubmissionsModule {}
