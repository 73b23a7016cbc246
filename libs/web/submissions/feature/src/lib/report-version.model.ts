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
