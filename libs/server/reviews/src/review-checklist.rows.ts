import { checklistSettingsFor, summariseActionPlan } from '@wres/domain/assurance';
import type { ChecklistLinkCheck, ChecklistQuestion, HumanItemRatings } from '@wres/domain/assurance';
import type { IndicatorResults, WresDocument } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { providerYearVisibleSql } from '@wres/server/contracts';
import type {
  ActionStatus,
  ChecklistAssessment,
  ChecklistSettings,
  HumanChecklistItem,
  RagRating,
  ReportLink,
  ReviewState,
  SubmissionDetails,
} from '@wres/shared/contracts';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

interface RatingJson {
  item: HumanChecklistItem;
  proposed: boolean;
  rating: RagRating;
  note: string | null;
  by: string;
  organisationName: string;
  at: string;
}

/** One reviewed report with everything its checklist is worked out from. */
export interface ChecklistRow {
  submission_id: string;
  provider_id: string;
  provider_name: string;
  ods_code: string;
  contract_year: string;
  review_id: string;
  state: ReviewState;
  reviewed_version: number;
  document: Record<string, unknown>;
  details: SubmissionDetails | null;
  indicators: Record<string, unknown>;
  warnings: Array<{ path: string; message: string }> | null;
  submitted_at: Date;
  first_late: boolean;
  first_late_reason: string | null;
  first_submitted_at: Date;
  last_year: string | null;
  last_year_indicators: Record<string, unknown> | null;
  link_checks: Partial<Record<ReportLink, ChecklistLinkCheck>> | null;
  human_ratings: RatingJson[] | null;
  settings: unknown;
  coordinating_name: string | null;
  coordinating: boolean;
  reviewer_id: string | null;
  reviewer_name: string | null;
  plan_actions: Array<{ status: ActionStatus; dueDate: string }> | null;
}

/** "2025/26" → "2024/25", in SQL, for a `contract_year` column. */
const PREVIOUS_YEAR = (year: string) =>
  `(substr(${year}, 1, 4)::int - 1)::text || '/' || lpad((substr(${year}, 1, 4)::int % 100)::text, 2, '0')`;

/**
 * The parts of a document the checklist reads: the period end, the ethnicity counts and, for each indicator,
 * only whether it is given or why not. The band rows and survey figures stay in the database, which keeps a
 * long queue light.
 */
const DOCUMENT_OUTLINE = `jsonb_build_object(
    'reportingPeriodEnd', v.document->'reportingPeriodEnd',
    'selfReportedEthnicity', v.document->'selfReportedEthnicity',
    ${[1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map(
        (n) => `'indicator${n}', CASE
      WHEN jsonb_typeof(v.document->'indicator${n}') <> 'object' THEN NULL
      WHEN v.document->'indicator${n}' ? 'missingReason'
        THEN jsonb_build_object('missingReason', v.document->'indicator${n}'->'missingReason')
      ELSE '{}'::jsonb END`,
      )
      .join(',\n    ')})`;

/**
 * One statement for every reviewed report the caller may see that meets `conditions` (SQL over `s`, `r` and
 * `v`, with parameters from $2): the version under review, the first version's timeliness, last year's latest
 * indicators, the latest check of each link, the latest human ratings of the version, the year's settings
 * the co-ordinating commissioner and the reviewer it gave the report to. $1 is the caller's organisation.
 */
export function checklistRowsSql(principal: Principal, conditions: readonly string[]): string {
  return `
    SELECT s.id AS submission_id, s.provider_id, p.name AS provider_name, p.ods_code, s.contract_year,
           r.id AS review_id, r.state, r.reviewed_version,
           ${DOCUMENT_OUTLINE} AS document,
           v.details, v.indicators - 'i1' AS indicators, v.warnings, v.submitted_at,
           f.late AS first_late, f.late_reason AS first_late_reason, f.submitted_at AS first_submitted_at,
           ly.contract_year AS last_year, ly.indicators AS last_year_indicators,
           lc.checks AS link_checks, hr.ratings AS human_ratings, cs.settings,
           co.name AS coordinating_name, COALESCE(co.id = $1::uuid, false) AS coordinating,
           r.reviewer_id, rv.display_name AS reviewer_name, ap.actions AS plan_actions
    FROM assurance_review r
    JOIN submission s ON s.id = r.submission_id
    JOIN organisation p ON p.id = s.provider_id
    JOIN submission_version v ON v.submission_id = s.id AND v.version = r.reviewed_version
    JOIN submission_version f ON f.submission_id = s.id AND f.version = 1
    LEFT JOIN LATERAL (
      SELECT ps.contract_year, pv.indicators - 'i1' AS indicators
      FROM submission ps JOIN submission_version pv ON pv.submission_id = ps.id AND pv.version = ps.current_version
      WHERE ps.provider_id = s.provider_id AND ps.clause = s.clause AND ps.contract_year = ${PREVIOUS_YEAR('s.contract_year')}
    ) ly ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_object_agg(latest.link, jsonb_build_object(
               'outcome', latest.outcome, 'returnsDocument', latest.returns_document,
               'contentType', latest.content_type, 'explanation', latest.explanation,
               'checkedAt', latest.checked_at)) AS checks
      FROM (SELECT DISTINCT ON (link) link, outcome, returns_document, content_type, explanation, checked_at
            FROM link_check WHERE submission_id = s.id AND version = r.reviewed_version
            ORDER BY link, checked_at DESC) latest
    ) lc ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object(
               'item', latest.item, 'proposed', latest.proposed, 'rating', latest.rating, 'note', latest.note,
               'by', u.display_name, 'organisationName', o.name, 'at', latest.rated_at)) AS ratings
      FROM (SELECT DISTINCT ON (item, proposed) item, proposed, rating, note, rated_by, rated_by_organisation, rated_at
            FROM review_checklist_rating WHERE review_id = r.id AND version = r.reviewed_version
            ORDER BY item, proposed, rated_at DESC) latest
      JOIN app_user u ON u.id = latest.rated_by
      JOIN organisation o ON o.id = latest.rated_by_organisation
    ) hr ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('status', a.status, 'dueDate', to_char(a.due_date, 'YYYY-MM-DD'))) AS actions
      FROM plan_action a WHERE a.provider_id = s.provider_id AND a.contract_year = s.contract_year
    ) ap ON true
    LEFT JOIN app_user rv ON rv.id = r.reviewer_id
    LEFT JOIN checklist_setting cs ON cs.contract_year = s.contract_year
    LEFT JOIN LATERAL (
      SELECT o.id, o.name FROM contract c
      JOIN contract_commissioner cc ON cc.contract_id = c.id AND cc.is_coordinating
      JOIN organisation o ON o.id = cc.commissioner_id
      WHERE c.provider_id = s.provider_id AND c.contract_year = s.contract_year
      LIMIT 1
    ) co ON true
    WHERE s.clause = '${WRES_REPORT_CLAUSE}'
      AND ${providerYearVisibleSql(principal, 's.contract_year', 's.provider_id')}
      ${conditions.map((condition) => `AND ${condition}`).join('\n      ')}`;
}

function assessmentOf(rating: RatingJson | undefined): ChecklistAssessment | null {
  if (!rating) return null;
  return {
    rating: rating.rating,
    note: rating.note,
    by: rating.by,
    organisationName: rating.organisationName,
    at: new Date(rating.at).toISOString(),
  };
}

function linkCheckOf(check: ChecklistLinkCheck | undefined): ChecklistLinkCheck | null {
  return check ? { ...check, checkedAt: new Date(check.checkedAt).toISOString() } : null;
}

/**
 * The domain's question for one row. `showProposals`: a provider's users do not see a CSU analyst's
 * proposals, which are advice to the commissioner.
 */
export function checklistQuestionOf(
  row: ChecklistRow,
  dueDate: string | null,
  today: string,
): { question: ChecklistQuestion; settings: ChecklistSettings } {
  const settings = checklistSettingsFor(row.settings);
  const ratings = row.human_ratings ?? [];
  const humanRatings: Partial<Record<HumanChecklistItem, HumanItemRatings>> = {};
  for (const item of ['narrative-addresses-gaps', 'actions-owned-and-dated'] as const) {
    const assessment = assessmentOf(ratings.find((r) => r.item === item && !r.proposed));
    const proposal = assessmentOf(ratings.find((r) => r.item === item && r.proposed));
    if (assessment || proposal) humanRatings[item] = { assessment, proposal };
  }
  // Stored as JSON: the outline and the indicators are read, never trusted to be complete beyond that.
  const question: ChecklistQuestion = {
    version: {
      document: row.document as unknown as WresDocument,
      details: row.details ?? {},
      indicators: row.indicators as unknown as IndicatorResults,
      warnings: row.warnings ?? [],
      submittedAt: row.submitted_at.toISOString(),
    },
    firstSubmission: {
      late: row.first_late,
      lateReason: row.first_late_reason,
      submittedAt: row.first_submitted_at.toISOString(),
    },
    lastYear:
      row.last_year && row.last_year_indicators
        ? {
            contractYear: row.last_year,
            indicators: row.last_year_indicators as unknown as IndicatorResults,
          }
        : null,
    linkChecks: {
      'published-report': linkCheckOf(row.link_checks?.['published-report']),
      'action-plan': linkCheckOf(row.link_checks?.['action-plan']),
    },
    dueDate,
    actionPlan: summariseActionPlan(row.plan_actions ?? [], today),
    settings,
    humanRatings,
  };
  return { question, settings };
}
