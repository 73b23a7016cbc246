import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { providerYearVisibleSql } from '@wres/server/contracts';
import type { Principal } from '@wres/server/core/auth';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import { LinkCheckEntity } from '@wres/server/core/database';
import { REPORT_LINKS, WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { LinkCheck, ReportLink, VersionLinkChecks } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { VersionToCheck } from './link-check-jobs';
import { checkLink } from './link-checker';
import type { LinkCheckOptions } from './link-checker';

/** Where a version's details give each link. */
const LINK_FIELDS: Readonly<Record<ReportLink, 'publishedReportUrl' | 'actionPlanUrl'>> = {
  'published-report': 'publishedReportUrl',
  'action-plan': 'actionPlanUrl',
};

type NewLinkCheck = Omit<LinkCheckEntity, 'id'>;

interface LinkCheckRow {
  link: ReportLink;
  url: string | null;
  outcome: LinkCheck['outcome'];
  returns_document: boolean;
  explanation: string;
  http_status: number | null;
  final_url: string | null;
  content_type: string | null;
  bytes_read: number;
  content_sha256: string | null;
  checked_at: Date;
  elapsed_ms: number;
}

/** What the assurance checklist asks: the report reachable and returning a document; the plan reachable. */
export function meetsChecklist(
  link: ReportLink,
  check: Pick<LinkCheck, 'outcome' | 'returnsDocument'>,
): boolean {
  return link === 'published-report' ? check.returnsDocument : check.outcome === 'reachable';
}

function toLinkCheck(row: LinkCheckRow): LinkCheck {
  const check = {
    link: row.link,
    url: row.url,
    outcome: row.outcome,
    returnsDocument: row.returns_document,
    explanation: row.explanation,
    httpStatus: row.http_status,
    finalUrl: row.final_url,
    contentType: row.content_type,
    bytesRead: row.bytes_read,
    contentSha256: row.content_sha256,
    checkedAt: row.checked_at.toISOString(),
    elapsedMs: row.elapsed_ms,
  };
  return { ...check, meetsChecklist: meetsChecklist(row.link, check) };
}

@Injectable()
export class LinkChecksService {
  private readonly logger = new Logger(LinkChecksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks both links of one submitted version, side by side, and records one row for each. */
  async checkVersion(target: VersionToCheck): Promise<{ checked: number }> {
    const [version]: Array<{ details: Record<string, unknown> | null }> = await this.dataSource.query(
      `SELECT details FROM submission_version WHERE submission_id = $1 AND version = $2`,
      [target.submissionId, target.version],
    );
    if (!version) {
      // A job can outlive its database (a restored backup, a test's own database): nothing to check.
      this.logger.warn(`No version ${target.version} of submission ${target.submissionId}; nothing to check`);
      return { checked: 0 };
    }
    const checkedAt = this.clock.now();
    const options: LinkCheckOptions = { allowPrivateAddresses: this.config.linkCheck.allowPrivateAddresses };
    const rows: NewLinkCheck[] = await Promise.all(
      REPORT_LINKS.map(async (link): Promise<NewLinkCheck> => {
        const given = version.details?.[LINK_FIELDS[link]];
        const base = { submissionId: target.submissionId, version: target.version, link, checkedAt };
        if (typeof given !== 'string' || given.trim() === '') {
          return {
            ...base,
            url: null,
            outcome: 'missing',
            returnsDocument: false,
            explanation: 'The report gives no web address for this.',
            httpStatus: null,
            finalUrl: null,
            contentType: null,
            bytesRead: 0,
            contentSha256: null,
            elapsedMs: 0,
          };
        }
        const result = await checkLink(given.trim(), options);
        return {
          ...base,
          url: given.trim(),
          outcome: result.outcome,
          returnsDocument: result.returnsDocument,
          explanation: result.explanation,
          httpStatus: result.httpStatus,
          finalUrl: result.finalUrl,
          contentType: result.contentType,
          bytesRead: result.bytesRead,
          contentSha256: result.contentSha256,
          elapsedMs: result.elapsedMs,
        };
      }),
    );
    await this.dataSource.getRepository(LinkCheckEntity).insert(rows);
    return { checked: rows.length };
  }

  /** The latest check of each link of a version and every check of them, for whoever may see the version. */
  async forVersion(
    principal: Principal,
    providerId: string,
    contractYear: string,
    version: number,
  ): Promise<VersionLinkChecks> {
    const [submission]: Array<{ id: string }> = await this.dataSource.query(
      `SELECT s.id FROM submission s
       WHERE s.provider_id = $2 AND s.contract_year = $3 AND s.clause = $4 AND ${providerYearVisibleSql(principal)}`,
      [principal.organisationId, providerId, contractYear, WRES_REPORT_CLAUSE],
    );
    if (!submission) throw new NotFoundException('Submission not found');
    const [submitted] = await this.dataSource.query(
      `SELECT 1 FROM submission_version WHERE submission_id = $1 AND version = $2`,
      [submission.id, version],
    );
    if (!submitted) throw new NotFoundException(`Version ${version} has not been submitted`);
    const rows: LinkCheckRow[] = await this.dataSource.query(
      `SELECT link, url, outcome, returns_document, explanation, http_status, final_url, content_type, bytes_read,
              content_sha256, checked_at, elapsed_ms
       FROM link_check WHERE submission_id = $1 AND version = $2
       ORDER BY checked_at DESC, array_position($3::text[], link::text)`,
      [submission.id, version, [...REPORT_LINKS]],
    );
    const history = rows.map(toLinkCheck);
    const latestOf = (link: ReportLink) => history.find((check) => check.link === link) ?? null;
    return {
      providerId,
      contractYear,
      version,
      latest: { 'published-report': latestOf('published-report'), 'action-plan': latestOf('action-plan') },
      history,
    };
  }
}
