import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@wres/server/accounts';
import { ActionPlansModule } from '@wres/server/action-plans';
import { CalendarFeedModule } from '@wres/server/calendar-feed';
import { ChasingModule } from '@wres/server/chasing';
import { ContractsModule } from '@wres/server/contracts';
import { AuditModule } from '@wres/server/core/audit';
import { AuthModule } from '@wres/server/core/auth';
import { AppConfig, AppConfigModule } from '@wres/server/core/config';
import { DatabaseModule } from '@wres/server/core/database';
import { loggerParams } from '@wres/server/core/http';
import { QueueModule } from '@wres/server/core/queue';
import { HealthModule } from '@wres/server/health';
import { OrganisationsModule } from '@wres/server/organisations';
import { ReportingModule } from '@wres/server/reporting';
import { ReviewsModule } from '@wres/server/reviews';
import { RuleSetsModule } from '@wres/server/rule-sets';
import { ScopeModule } from '@wres/server/scope';
import { SubmissionsModule } from '@wres/server/submissions';
import { WresModule } from '@wres/server/wres';
import { LoggerModule } from 'nestjs-pino';

/** The HTTP api: composes capability modules and nothing else. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule,
        QueueModule.forRoot('producer'),
        AuditModule,
        AuthModule,
        HealthModule,
        OrganisationsModule,
        AccountsModule,
        ScopeModule,
        ContractsModule,
        WresModule,
        CalendarFeedModule,
        RuleSetsModule,
        SubmissionsModule,
        ReviewsModule,
        ReportingModule,
        ChasingModule,
        ActionPlansModule,
      ],
    };
  }
}
