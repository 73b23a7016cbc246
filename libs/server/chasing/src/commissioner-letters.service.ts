import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatLongDate, milestoneDueDate } from '@wres/domain/calendar';
import type { MilestoneKind } from '@wres/domain/calendar';
import { isContractYear } from '@wres/domain/scope';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { APP_CONFIG, AppConfig } from '@wres/server/core/config';
import { validationFailed } from '@wres/server/core/http';
import { EmailOutbox, renderEmail } from '@wres/server/core/mail';
import type { EmailTemplateData } from '@wres/server/core/mail';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import type {
  CommissionerLetter,
  CommissionerLetterPreview,
  CommissionerLetterRequest,
  CommissionerLetterSent,
} from '@wres/shared/contracts';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { coordinatedProvidersSql, reportsLink } from './chasing-sql';

/** The provider deadline each letter is about (domain.md §3). */
const LETTER_DEADLINE: { readonly [L in CommissionerLetter]: MilestoneKind } = {
  'publication-confirmation': 'publication',
  'annual-report-reminder': 'annual-report',
};

interface RecipientRow {
  provider_id: string;
  provider_name: string;
  user_id: string | null;
  email: string | null;
  display_name: string | null;
  already_sent: boolean;
}

type LetterEmail = {
  dedupeKey: string;
  recipient: string;
  template: 'commissioner-letter';
  data: EmailTemplateData['commissioner-letter'];
};

/**
 * The letters a co-ordinating commissioner sends every in-scope provider before 1 July and before 1 May,
 * previewed first and then sent in one action. Each person gets each letter once per year: sending again
 * only reaches people added since.
 */
@Injectable()
export class CommissionerLettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly audit: AuditService,
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(
    principal: Principal,
    request: CommissionerLetterRequest,
  ): Promise<CommissionerLetterPreview> {
    const { rows, emails } = await this.letters(this.dataSource.manager, principal, request);
    const sample = emails[0]?.data ?? (await this.sampleData(principal, request));
    const rendered = renderEmail('commissioner-letter', sample);
    return {
      contractYear: request.contractYear,
      letter: request.letter,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      recipients: rows
        .filter((row) => row.email !== null)
        .map((row) => ({
          provider: { id: row.provider_id, name: row.provider_name },
          email: row.email as string,
          displayName: row.display_name as string,
          alreadySent: row.already_sent,
        })),
      providersWithoutRecipients: rows
        .filter((row) => row.email === null)
        .map((row) => ({ id: row.provider_id, name: row.provider_name })),
    };
  }

  async send(principal: Principal, request: CommissionerLetterRequest): Promise<CommissionerLetterSent> {
    const { ids, alreadySent } = await this.dataSource.transaction(async (manager) => {
      const { rows, emails } = await this.letters(manager, principal, request);
      const ids = await this.outbox.addMany(manager, emails);
      await this.audit.record(manager, actorOf(principal), {
        action: 'commissioner-letter.sent',
        entityType: 'organisation',
        entityId: principal.organisationId,
        summary: {
          contractYear: request.contractYear,
          letter: request.letter,
          queued: ids.length,
          providers: [...new Set(rows.map((row) => row.provider_id))].length,
        },
      });
      return { ids, alreadySent: emails.length - ids.length };
    });
    await this.outbox.dispatch(ids);
    return { contractYear: request.contractYear, letter: request.letter, queued: ids.length, alreadySent };
  }

  /** Every in-scope provider the caller co-ordinates that year, with each active user to write to. */
  private async letters(
    manager: EntityManager,
    principal: Principal,
    request: CommissionerLetterRequest,
  ): Promise<{ rows: RecipientRow[]; emails: LetterEmail[] }> {
    const dueDate = await this.deadline(request);
    const keyPrefix = `letter:${request.letter}:${request.contractYear}:${principal.organisationId}`;
    const rows: RecipientRow[] = await manager.query(
      `SELECT p.id AS provider_id, p.name AS provider_name, u.id AS user_id, u.email, u.display_name,
              EXISTS (SELECT 1 FROM outbound_email e WHERE e.dedupe_key = $4 || ':' || u.id) AS already_sent
       FROM organisation p
       LEFT JOIN app_user u
         ON u.organisation_id = p.id AND u.role = 'provider-submitter' AND u.status = 'active'
       WHERE p.kind = 'provider'
         AND ${coordinatedProvidersSql('p.id', { year: '$1', commissioner: '$2', clause: '$3' })}
       ORDER BY p.name, u.email`,
      [request.contractYear, principal.organisationId, WRES_REPORT_CLAUSE, keyPrefix],
    );
    const [commissioner]: Array<{ name: string }> = await manager.query(
      `SELECT name FROM organisation WHERE id = $1`,
      [principal.organisationId],
    );
    const emails = rows
      .filter((row) => row.user_id !== null)
      .map((row): LetterEmail => ({
        dedupeKey: `${keyPrefix}:${row.user_id}`,
        recipient: row.email as string,
        template: 'commissioner-letter',
        data: {
          displayName: row.display_name as string,
          organisationName: row.provider_name,
          commissionerName: commissioner.name,
          contractYear: request.contractYear,
          letter: request.letter,
          dueDate: formatLongDate(dueDate),
          link: reportsLink(this.config, row.provider_id),
        },
      }));
    return { rows, emails };
  }

  /** What the letter would say to a provider, for a preview when no provider has anyone to write to. */
  private async sampleData(
    principal: Principal,
    request: CommissionerLetterRequest,
  ): Promise<EmailTemplateData['commissioner-letter']> {
    const [commissioner]: Array<{ name: string }> = await this.dataSource.query(
      `SELECT name FROM organisation WHERE id = $1`,
      [principal.organisationId],
    );
    return {
      displayName: 'WRES lead',
      organisationName: 'your organisation',
      commissionerName: commissioner.name,
      contractYear: request.contractYear,
      letter: request.letter,
      dueDate: formatLongDate(await this.deadline(request)),
      link: `${this.config.http.publicUrl}/`,
    };
  }

  /** The provider deadline the letter is about, from the year's reporting cycle. */
  private async deadline(request: CommissionerLetterRequest): Promise<string> {
    const refuse = (message: string) => validationFailed([{ path: 'contractYear', messages: [message] }]);
    if (!isContractYear(request.contractYear))
      throw refuse('contractYear must be a contract year such as 2015/16');
    const cycle = await this.cycles.cycleOrNull(request.contractYear);
    if (!cycle) throw refuse(`There is no reporting cycle for ${request.contractYear}`);
    const milestone = cycle.milestones.find((m) => m.kind === LETTER_DEADLINE[request.letter]);
    if (!milestone) throw refuse(`The ${request.contractYear} cycle has no date for this letter`);
    return milestoneDueDate(milestone);
  }
}
