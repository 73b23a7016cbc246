import {
  addDays,
  deriveDeadlines,
  findCycle,
  formatLongDate,
  milestoneDueDate,
  shippedCycles,
} from '@wres/domain/calendar';
import type { EmailTemplateData, EmailTemplateName } from '@wres/server/core/mail';
import { DEFAULT_REMINDER_POLICY } from '@wres/server/reminders';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { ProviderYearScope } from './national-contracts';
import { intBetween, randomFor } from './national-random';
import type { NationalProvider, NationalUser } from './national-register';
import type { NationalReport } from './national-reports';

const CYCLES = shippedCycles();
const PUBLIC_URL = 'http://localhost:3000';
const REMINDED: ReadonlyArray<{ kind: 'publication' | 'annual-report'; what: string }> = [
  { kind: 'publication', what: 'baseline data publication' },
  { kind: 'annual-report', what: 'annual report' },
];

/** An email the service would have written to its outbox, before it is given a status. */
export interface OutboxCandidate<T extends EmailTemplateName = EmailTemplateName> {
  dedupeKey: string;
  template: T;
  recipient: string;
  data: EmailTemplateData[T];
  createdAt: Date;
}

/** What one provider's year holds that emails are written about. */
export interface ProviderYearMail {
  provider: NationalProvider;
  scope: ProviderYearScope;
  obligationId: string;
  report: NationalReport | null;
  submitters: readonly NationalUser[];
  usersOf: (organisationId: string) => readonly NationalUser[];
  nameOf: (organisationId: string) => string;
}

function at(date: string, hour: number, minute: number): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
}

/**
 * Every email the service would have written for one provider's year while the WRES report applied: the
 * sweep's deadline reminders (publication and annual report, each step until the report was submitted),
 * the co-ordinating commissioner's two letters, "ready for review" to the commissioner's users for each
 * version, and the commissioner's decisions to the provider's users. Keys as the service writes them.
 */
export function* providerYearEmails(
  mail: ProviderYearMail,
  asOf: Date,
  seed: string,
): Generator<OutboxCandidate> {
  const { provider, scope, report, submitters } = mail;
  const year = scope.contractYear;
  const random = randomFor(seed, 'emails', provider.odsCode, year);
  const today = asOf.toISOString().slice(0, 10);
  const firstSubmitted = report?.versions[0]?.submittedAt.toISOString().slice(0, 10) ?? null;
  const decidedOn = scope.history[scope.history.length - 1].decidedAt.toISOString().slice(0, 10);
  const cycle = findCycle(CYCLES, year);
  const deadlines = deriveDeadlines({ cycle, obligation: { clause: WRES_REPORT_CLAUSE, applies: true } });
  const link = `${PUBLIC_URL}/reports/${provider.id}`;
  const yearInPath = year.replace('/', '-');

  for (const { kind, what } of REMINDED) {
    const deadline = deadlines.find((d) => d.kind === kind);
    if (!deadline) continue;
    for (const step of DEFAULT_REMINDER_POLICY.steps) {
      const day = addDays(deadline.dueDate, step.offsetDays);
      // The sweep writes a step on its day, while the obligation applies and nothing has been submitted.
      if (day > today || day < decidedOn || (firstSubmitted !== null && firstSubmitted <= day)) continue;
      for (const user of submitters) {
        yield {
          dedupeKey: `reminder:${mail.obligationId}:${kind}:${step.key}:${user.id}`,
          template: 'deadline-reminder',
          recipient: user.email,
          data: {
            displayName: user.displayName,
            organisationName: provider.name,
            contractYear: year,
            what,
            description: deadline.description,
            dueDate: formatLongDate(deadline.dueDate),
            daysFromDeadline: step.offsetDays,
            link,
          },
          createdAt: at(day, 6, intBetween(random, 0, 59)),
        };
      }
    }
  }

  for (const commissionerId of scope.coordinatingIds) {
    for (const [letter, milestoneKind] of [
      ['publication-confirmation', 'commissioner-letter-publication'],
      ['annual-report-reminder', 'commissioner-reminder-annual-report'],
    ] as const) {
      const milestone = cycle.milestones.find((m) => m.kind === milestoneKind);
      if (!milestone) continue;
      const due = milestoneDueDate(milestone);
      const sentOn = addDays(due, -intBetween(random, 1, 20));
      if (sentOn > today || sentOn < decidedOn) continue;
      const aboutKind = letter === 'publication-confirmation' ? 'publication' : 'annual-report';
      const about = deadlines.find((d) => d.kind === aboutKind);
      for (const user of submitters) {
        yield {
          dedupeKey: `letter:${letter}:${year}:${commissionerId}:${user.id}`,
          template: 'commissioner-letter',
          recipient: user.email,
          data: {
            displayName: user.displayName,
            organisationName: provider.name,
            commissionerName: mail.nameOf(commissionerId),
            contractYear: year,
            letter,
            dueDate: formatLongDate(about?.dueDate ?? due),
            link,
          },
          createdAt: at(sentOn, 10, intBetween(random, 0, 59)),
        };
      }
    }
  }

  if (!report) return;
  const commissionerUsers = mail.usersOf(scope.leadCommissionerId);
  for (const version of report.versions) {
    for (const user of commissionerUsers) {
      yield {
        dedupeKey: `review-ready:${report.submissionId}:${version.version}:${user.id}`,
        template: 'review-ready',
        recipient: user.email,
        data: {
          displayName: user.displayName,
          commissionerName: mail.nameOf(scope.leadCommissionerId),
          providerName: provider.name,
          contractYear: year,
          version: version.version,
          resubmitted: version.version > 1,
          late: version.late,
          link: `${PUBLIC_URL}/reviews/${provider.id}/${yearInPath}`,
        },
        createdAt: version.submittedAt,
      };
    }
  }
  for (const event of report.events) {
    if (event.to !== 'changes-requested' && event.to !== 'assured' && event.to !== 'not-assured') continue;
    for (const user of submitters) {
      const common = {
        displayName: user.displayName,
        organisationName: provider.name,
        commissionerName: mail.nameOf(scope.leadCommissionerId),
        contractYear: year,
        version: event.version,
        link: `${PUBLIC_URL}/reports/${provider.id}/${yearInPath}`,
      };
      const dedupeKey = `review-event:${event.id}:${user.id}`;
      yield event.to === 'changes-requested'
        ? {
            dedupeKey,
            template: 'review-changes-requested',
            recipient: user.email,
            data: { ...common, comment: event.text ?? '' },
            createdAt: event.at,
          }
        : {
            dedupeKey,
            template: 'review-decided',
            recipient: user.email,
            data: { ...common, decision: event.to, comment: event.text },
            createdAt: event.at,
          };
    }
  }
}

/**
 * Keeps exactly `wanted` of `available` candidates, spread evenly through the stream: candidate `index`
 * is kept when it moves the running share past a whole number. Deterministic, and needs no buffering.
 */
export function keepEvenly(index: number, available: number, wanted: number): boolean {
  if (wanted >= available) return true;
  return Math.floor(((index + 1) * wanted) / available) > Math.floor((index * wanted) / available);
}

export type OutboxStatus = 'sent' | 'failed' | 'pending';

/** What became of an email: most sent within a minute; a few failed after retries; recent ones pending. */
export function outboxOutcome(
  seed: string,
  dedupeKey: string,
  createdAt: Date,
  asOf: Date,
): { status: OutboxStatus; attempts: number; lastError: string | null; sentAt: Date | null } {
  const random = randomFor(seed, 'outcome', dedupeKey);
  const draw = random();
  if (asOf.getTime() - createdAt.getTime() < 2 * 86_400_000 || draw < 0.008) {
    return { status: 'pending', attempts: 0, lastError: null, sentAt: null };
  }
  if (draw < 0.02) {
    return {
      status: 'failed',
      attempts: 5,
      lastError: pickError(random()),
      sentAt: null,
    };
  }
  return {
    status: 'sent',
    attempts: draw < 0.05 ? 2 : 1,
    lastError: null,
    sentAt: new Date(createdAt.getTime() + intBetween(random, 2, 90) * 1_000),
  };
}

function pickError(draw: number): string {
  if (draw < 0.5) return '550 5.1.1 Recipient address rejected: mailbox unavailable';
  if (draw < 0.8) return 'Connection timeout after 30000ms';
  return '452 4.2.2 Mailbox full';
}
