import type { IndicatorResults, WresDocument } from '@wres/domain/wres';
import type { SubmissionVersion } from '@wres/shared/contracts';

/**
 * A submitted version's document and indicators, typed. The API sends them as plain JSON records; a version
 * is only shown when both have the parts the report reads, so a malformed one fails as a whole instead of
 * half-rendering. No Angular here.
 */
export interface SubmittedReport {
  readonly document: WresDocument;
  readonly indicators: IndicatorResults;
}

const INDICATOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function submittedReportOf(
  version: Pick<SubmissionVersion, 'document' | 'indicators'>,
): SubmittedReport | null {
  const { document, indicators } = version;
  if (!isWresDocument(document) || !hasIndicatorResults(indicators)) return null;
  return { document, indicators };
}

function isWresDocument(value: Record<string, unknown>): value is Record<string, unknown> & WresDocument {
  const ethnicity = value['selfReportedEthnicity'];
  return (
    typeof value['reportingPeriodEnd'] === 'string' &&
    isObject(ethnicity) &&
    typeof ethnicity['known'] === 'number' &&
    typeof ethnicity['total'] === 'number' &&
    INDICATOR_NUMBERS.every((number) => isObject(value[`indicator${number}`]))
  );
}

function hasIndicatorResults(
  value: Record<string, unknown>,
): value is Record<string, unknown> & IndicatorResults {
  return INDICATOR_NUMBERS.every((number) => isObject(value[`i${number}`]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Last year's latest submitted report, or why it is not beside this year's. */
export type PreviousYear =
  ({ status: 'shown'; contractYear: string } & SubmittedReport) | { status: 'none' } | { status: 'failed' };

/**
 * Last year's latest submitted version as the report shows it. A version that cannot be read is a failure
 * to load, not "nothing to compare with", so the page says so.
 */
export function previousYearOf(
  contractYear: string,
  version: Pick<SubmissionVersion, 'document' | 'indicators'>,
): PreviousYear {
  const report = submittedReportOf(version);
  return report ? { status: 'shown', contractYear, ...report } : { status: 'failed' };
}

/** What the report view takes to show last year's headline figures beside this year's; null for none. */
export function previousBeside(
  previous: PreviousYear | null | undefined,
): { contractYear: string; document: WresDocument; indicators: IndicatorResults } | null {
  return previous?.status === 'shown'
    ? { contractYear: previous.contractYear, document: previous.document, indicators: previous.indicators }
    : null;
}
