import { deriveDeadlines } from '@wres/domain/calendar';
import type { Deadline, DeadlineKind, ReportingCycle } from '@wres/domain/calendar';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

/** An obligation that applies to a provider the feed's organisation commissions. */
export interface FeedObligation {
  providerId: string;
  providerName: string;
  contractYear: string;
  clause: string;
  title: string;
  explanation: string;
}

/** One all-day calendar entry. */
export interface FeedEvent {
  /** Stable across fetches and rotations, so a calendar app updates the entry rather than duplicating it. */
  uid: string;
  date: string;
  summary: string;
  description: string;
}

/**
 * Every deadline of every obligation, the provider's and the commissioner's own tasks alike (the letter
 * before publication, the reminder before the annual report), as calendar entries in date order. Years
 * without a cycle have no dates yet, so contribute nothing.
 */
export function feedEvents(
  obligations: readonly FeedObligation[],
  cycleFor: (contractYear: string) => ReportingCycle | null,
): FeedEvent[] {
  const events = obligations.flatMap((obligation) => {
    const cycle = cycleFor(obligation.contractYear);
    if (!cycle) return [];
    return deriveDeadlines({ cycle, obligation: { clause: obligation.clause, applies: true } }).map(
      (deadline) => toEvent(obligation, deadline),
    );
  });
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

function toEvent(obligation: FeedObligation, deadline: Deadline): FeedEvent {
  return {
    uid: `${deadline.key}-${obligation.providerId}@wres`,
    date: deadline.dueDate,
    summary: summaryOf(deadline.kind, reportName(obligation.clause), obligation.providerName),
    description: [
      deadline.description,
      `${obligation.clause} (${obligation.contractYear}): ${obligation.title}.`,
      obligation.explanation,
    ].join('\n\n'),
  };
}

/** "WRES" for the WRES report clause; otherwise the clause itself, so a later clause still reads sensibly. */
function reportName(clause: string): string {
  return clause === WRES_REPORT_CLAUSE ? 'WRES' : clause;
}

function summaryOf(kind: DeadlineKind, report: string, provider: string): string {
  switch (kind) {
    case 'baseline-data':
      return `${report} baseline data date: ${provider}`;
    case 'commissioner-letter-publication':
      return `Write to ${provider} about publishing its ${report} baseline data`;
    case 'publication':
      return `${report} baseline data published: ${provider}`;
    case 'interim-report':
      return `${report} interim report due: ${provider}`;
    case 'commissioner-reminder-annual-report':
      return `Remind ${provider} of its annual ${report} report`;
    case 'annual-report':
      return `Annual ${report} report due: ${provider}`;
  }
}
