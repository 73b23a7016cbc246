import { DataSource, DataSourceOptions } from 'typeorm';
import { AccountTokenEntity } from './entities/account-token.entity';
import { AssuranceReviewEntity } from './entities/assurance-review.entity';
import { AuditEventEntity } from './entities/audit-event.entity';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { ContractCommissionerEntity } from './entities/contract-commissioner.entity';
import { ContractEntity } from './entities/contract.entity';
import { LinkCheckEntity } from './entities/link-check.entity';
import { ObligationEntity } from './entities/obligation.entity';
import { OrganisationRelationshipEntity } from './entities/organisation-relationship.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { OutboundEmailEntity } from './entities/outbound-email.entity';
import { ReviewEventEntity } from './entities/review-event.entity';
import { RuleSetEntity } from './entities/rule-set.entity';
import { ScopeDecisionEntity } from './entities/scope-decision.entity';
import { SubmissionVersionEntity } from './entities/submission-version.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { UserEntity } from './entities/user.entity';
import { Foundation1763870000000 } from './migrations/1763870000000-foundation';
import { Contracts1763900000000 } from './migrations/1763900000000-contracts';
import { RuleSets1763950000000 } from './migrations/1763950000000-rule-sets';
import { Submissions1764000000000 } from './migrations/1764000000000-submissions';
import { Reviews1764050000000 } from './migrations/1764050000000-reviews';
import { LinkChecks1764100000000 } from './migrations/1764100000000-link-checks';
import { ReportingIndexes1764150000000 } from './migrations/1764150000000-reporting-indexes';
import { InterimReports1764200000000 } from './migrations/1764200000000-interim-reports';
import { ReminderPauses1764250000000 } from './migrations/1764250000000-reminder-pauses';
import { ReviewChecklist1764300000000 } from './migrations/1764300000000-review-checklist';
import { ActionPlans1764350000000 } from './migrations/1764350000000-action-plans';
import { SnakeNamingStrategy } from './naming.strategy';

export const ENTITIES = [
  OrganisationEntity,
  OrganisationRelationshipEntity,
  UserEntity,
  AccountTokenEntity,
  AuditEventEntity,
  OutboundEmailEntity,
  ContractEntity,
  ContractCommissionerEntity,
  ObligationEntity,
  ScopeDecisionEntity,
  RuleSetEntity,
  CalendarFeedEntity,
  SubmissionEntity,
  SubmissionVersionEntity,
  AssuranceReviewEntity,
  ReviewEventEntity,
  LinkCheckEntity,
];

/** Listed explicitly (not globbed) so they survive bundling; order is the order they run in. */
export const MIGRATIONS = [
  Foundation1763870000000,
  Contracts1763900000000,
  RuleSets1763950000000,
  Submissions1764000000000,
  Reviews1764050000000,
  LinkChecks1764100000000,
  ReportingIndexes1764150000000,
  InterimReports1764200000000,
  ReminderPauses1764250000000,
  ReviewChecklist1764300000000,
  ActionPlans1764350000000,
];

/** The one data-source definition, used by the api, the worker, the migration command and tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}

export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
