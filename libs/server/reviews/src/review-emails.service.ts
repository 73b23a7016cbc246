import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { EmailOutbox } from '@wres/server/core/mail';
import type { ReviewState } from '@wres/shared/contracts';
import { EntityManager } from 'typeorm';

interface Recipient {
  user_id: string;
  email: string;
  display_name: string;
}

interface Names {
  provider_name: string;
  commissioner_name: string | null;
}

/** A decision the provider is told about; taking a report into review is not one. */
export interface DecisionToTell {
  eventId: string;
  providerId: string;
  contractYear: string;
  version: number;
  to: ReviewState;
  comment: string | null;
}

export interface SubmissionToTell {
  submissionId: string;
  providerId: string;
  contractYear: string;
  version: number;
  /** A version after the first: changes were requested, or the provider replaced the version under review. */
  resubmitted: boolean;
  late: boolean;
}

/** Reports given to one reviewer in one action: one email lists them all. */
export interface AssignmentToTell {
  /** The first of the action's assignment events: the email's dedupe key. */
  eventId: string;
  reviewer: { userId: string; email: string; displayName: string };
  assignedBy: string;
  commissionerName: string;
  reports: ReadonlyArray<{ providerId: string; providerName: string; contractYear: string }>;
}

const ACTIVE_PROVIDER_USERS = `
  SELECT id AS user_id, email, display_name FROM app_user
  WHERE role = 'provider-submitter' AND status = 'active' AND organisation_id = $1
  ORDER BY email`;

/** The commissioner users of the organisation co-ordinating the provider's contract for the year. */
const COORDINATING_COMMISSIONER_USERS = `
  SELECT u.id AS user_id, u.email, u.display_name FROM contract c
  JOIN contract_commissioner cc ON cc.contract_id = c.id AND cc.is_coordinating
  JOIN app_user u ON u.organisation_id = cc.commissioner_id AND u.role = 'commissioner' AND u.status = 'active'
  WHERE c.provider_id = $1 AND c.contract_year = $2
  ORDER BY u.email`;

/** "2025/26" → "2025-26", as the web app's paths write a year. */
function yearInPath(contractYear: string): string {
  return contractYear.replace('/', '-');
}

/**
 * The emails a review's steps send, written to the outbox in the step's own transaction (so a step and its
 * emails commit together) and handed to the queue after commit.
 */
@Injectable()
export class ReviewEmails {
  constructor(
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Changes requested, assured or not assured: the provider's users, with the comment and a link back. */
  async decision(manager: EntityManager, decision: DecisionToTell): Promise<string[]> {
    if (decision.to !== 'changes-requested' && decision.to !== 'assured' && decision.to !== 'not-assured')
      return [];
    const names = await this.names(manager, decision.providerId, decision.contractYear);
    const recipients: Recipient[] = await manager.query(ACTIVE_PROVIDER_USERS, [decision.providerId]);
    const common = {
      organisationName: names.provider_name,
      commissionerName: names.commissioner_name ?? 'Your co-ordinating commissioner',
      contractYear: decision.contractYear,
      version: decision.version,
      link: `${this.config.http.publicUrl}/reports/${decision.providerId}/${yearInPath(decision.contractYear)}`,
    };
    const dedupeKey = (user: Recipient) => `review-event:${decision.eventId}:${user.user_id}`;
    if (decision.to === 'changes-requested')
      return this.outbox.addMany(
        manager,
        recipients.map((user) => ({
          dedupeKey: dedupeKey(user),
          recipient: user.email,
          template: 'review-changes-requested' as const,
          data: { ...common, displayName: user.display_name, comment: decision.comment ?? '' },
        })),
      );
    const outcome = decision.to;
    return this.outbox.addMany(
      manager,
      recipients.map((user) => ({
        dedupeKey: dedupeKey(user),
        recipient: user.email,
        template: 'review-decided' as const,
        data: { ...common, displayName: user.display_name, decision: outcome, comment: decision.comment },
      })),
    );
  }

  /** A version was submitted: the co-ordinating commissioner's users, told it is ready for review. */
  async submitted(manager: EntityManager, submission: SubmissionToTell): Promise<string[]> {
    const names = await this.names(manager, submission.providerId, submission.contractYear);
    const recipients: Recipient[] = await manager.query(COORDINATING_COMMISSIONER_USERS, [
      submission.providerId,
      submission.contractYear,
    ]);
    return this.outbox.addMany(
      manager,
      recipients.map((user) => ({
        dedupeKey: `review-ready:${submission.submissionId}:${submission.version}:${user.user_id}`,
        recipient: user.email,
        template: 'review-ready' as const,
        data: {
          displayName: user.display_name,
          commissionerName: names.commissioner_name ?? 'your organisation',
          providerName: names.provider_name,
          contractYear: submission.contractYear,
          version: submission.version,
          resubmitted: submission.resubmitted,
          late: submission.late,
          link: `${this.config.http.publicUrl}/reviews/${submission.providerId}/${yearInPath(submission.contractYear)}`,
        },
      })),
    );
  }

  /** Reports given to a reviewer: one email to the reviewer, linking each report and their own queue. */
  assigned(manager: EntityManager, assignment: AssignmentToTell): Promise<string[]> {
    if (assignment.reports.length === 0) return Promise.resolve([]);
    const base = this.config.http.publicUrl;
    return this.outbox.addMany(manager, [
      {
        dedupeKey: `review-assigned:${assignment.eventId}:${assignment.reviewer.userId}`,
        recipient: assignment.reviewer.email,
        template: 'review-assigned' as const,
        data: {
          displayName: assignment.reviewer.displayName,
          assignedBy: assignment.assignedBy,
          commissionerName: assignment.commissionerName,
          reports: assignment.reports.map((report) => ({
            providerName: report.providerName,
            contractYear: report.contractYear,
            link: `${base}/reviews/${report.providerId}/${yearInPath(report.contractYear)}`,
          })),
          link: `${base}/reviews?reviewer=me`,
        },
      },
    ]);
  }

  /** After commit. Never throws: a row the queue does not take now is sent by the worker's next sweep. */
  dispatch(outboundEmailIds: readonly string[]): Promise<void> {
    return outboundEmailIds.length > 0 ? this.outbox.dispatch(outboundEmailIds) : Promise.resolve();
  }

  private async names(manager: EntityManager, providerId: string, contractYear: string): Promise<Names> {
    const [names]: Names[] = await manager.query(
      `SELECT p.name AS provider_name,
              (SELECT o.name FROM contract c
               JOIN contract_commissioner cc ON cc.contract_id = c.id AND cc.is_coordinating
               JOIN organisation o ON o.id = cc.commissioner_id
               WHERE c.provider_id = p.id AND c.contract_year = $2 LIMIT 1) AS commissioner_name
       FROM organisation p WHERE p.id = $1`,
      [providerId, contractYear],
    );
    return names ?? { provider_name: 'The provider', commissioner_name: null };
  }
}
