import type { IndicatorResults, WresDocument } from '@wres/domain/wres';
import type { SubmissionVersion } from '@wres/shared/contracts';

/**
 * The reviewed version's document and indicators, typed for the report view. The API sends plain JSON; a
 * version is only shown when both have the parts the report reads. No Angular here.
 */
export interface ReviewedReport {
  readonly document: WresDocument;
  readonly indicators: IndicatorResults;
}

const NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function reviewedReportOf(
  version: Pick<SubmissionVersion, 'document' | 'indicators'>,
): ReviewedReport | null {
  const { document, indicators } = version;
  const ethnicity = document['selfReportedEthnicity'];
  const readable =
    typeof document['reportingPeriodEnd'] === 'string' &&
    isObject(ethnicity) &&
    typeof ethnicity['known'] === 'number' &&
    typeof ethnicity['total'] === 'number' &&
    NUMBERS.every((n) => isObject(document[`indicator${n}`]) && isObject(indicators[`i${n}`]));
  return readable
    ? { document: document as unknown as WresDocument, indicators: indicators as unknown as IndicatorResults }
    : null;
}
