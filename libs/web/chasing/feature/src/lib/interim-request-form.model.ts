import type {
  ChasedProviderSummary,
  FieldProblem,
  InterimRequestCreate,
  InterimRequestsCreated,
} from '@wres/shared/contracts';
import { dateFromParts, datePartsProblem } from '@wres/domain/calendar';
import type { FieldErrors } from '@wres/web/shared/ui';
import { count, formatDate } from './chasing-text.model';

/** Field ids, by the request's property paths where there is one, so server problems land on their field. */
export const PROVIDERS_FIELD = 'providerIds';
export const DUE_DATE_FIELD = 'dueDate';
export const MESSAGE_FIELD = 'message';
export const FIELD_ORDER = [PROVIDERS_FIELD, DUE_DATE_FIELD, MESSAGE_FIELD] as const;

/** As the API allows. */
export const MAX_MESSAGE = 5_000;

/** A provider's checkbox: by its id, so the id stays the same whichever providers are shown. */
export function providerFieldId(providerId: string): string {
  return `provider-${providerId}`;
}

/** Which of the co-ordinated providers to show, to ask a filtered set in one go. */
export const PROVIDER_FILTERS = [
  { value: 'all', text: 'All providers' },
  { value: 'not-submitted', text: 'Providers whose annual report is not yet submitted' },
  { value: 'not-asked', text: 'Providers not yet asked for an interim report this year' },
  { value: 'unanswered', text: 'Providers with an unanswered interim-report request' },
] as const;
export type ProviderFilter = (typeof PROVIDER_FILTERS)[number]['value'];

export function isProviderFilter(value: string): value is ProviderFilter {
  return PROVIDER_FILTERS.some((filter) => filter.value === value);
}

export function filterProviders(
  providers: readonly ChasedProviderSummary[],
  filter: ProviderFilter,
): ChasedProviderSummary[] {
  switch (filter) {
    case 'all':
      return [...providers];
    case 'not-submitted':
      return providers.filter((p) => p.reportStatus === 'due' || p.reportStatus === 'overdue');
    case 'not-asked':
      return providers.filter((p) => p.interimRequests === 0);
    case 'unanswered':
      return providers.filter((p) => p.openInterimRequests > 0);
  }
}

/** What the person typed; the date is in the NHS.UK three-part date input. */
export interface InterimRequestInput {
  providerIds: readonly string[];
  day: string;
  month: string;
  year: string;
  message: string;
}

/** The problem with the due date typed, in the words the NHS.UK date input pattern uses. */
export function dueDateProblem(day: string, month: string, year: string, today: string): string | null {
  const typed = datePartsProblem(
    { day, month, year },
    {
      name: 'due date',
      required: true,
      missing: 'Enter the date the interim report is due',
      example: '30 11 2026',
    },
  );
  if (typed) return typed;
  const date = dateFromParts(day, month, year) as string;
  if (date < today) return `The due date must be today or in the future, ${formatDate(today)} or later`;
  return null;
}

export function validateInterimRequest(input: InterimRequestInput, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (input.providerIds.length === 0) errors[PROVIDERS_FIELD] = 'Select at least one provider';
  const date = dueDateProblem(input.day, input.month, input.year, today);
  if (date) errors[DUE_DATE_FIELD] = date;
  const message = input.message.trim();
  if (!message) errors[MESSAGE_FIELD] = 'Enter a message telling providers what you want to know';
  else if (message.length > MAX_MESSAGE)
    errors[MESSAGE_FIELD] = `The message must be ${MAX_MESSAGE.toLocaleString('en-GB')} characters or fewer`;
  return errors;
}

/** The request to send, once the input is valid. */
export function toInterimRequest(input: InterimRequestInput, contractYear: string): InterimRequestCreate {
  return {
    contractYear,
    providerIds: [...input.providerIds],
    dueDate: dateFromParts(input.day, input.month, input.year) ?? '',
    message: input.message.trim(),
  };
}

/**
 * The API's problems, on the page's fields: `providerIds[3]` is the fourth provider sent, so it goes on that
 * provider's checkbox, named; anything else without a field on the page is returned as other.
 */
export function requestProblemsToErrors(
  problems: readonly FieldProblem[],
  sentIds: readonly string[],
  names: ReadonlyMap<string, string>,
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  const add = (field: string, message: string) => {
    fields[field] = fields[field] ? `${fields[field]}. ${message}` : message;
  };
  for (const problem of problems) {
    const message = problem.messages.join('. ');
    if (!message) continue;
    const index = /^providerIds\[(\d+)\]$/.exec(problem.path);
    const providerId = index ? sentIds[Number(index[1])] : undefined;
    if (providerId) add(providerFieldId(providerId), `${names.get(providerId) ?? 'A provider'}: ${message}`);
    else if ((FIELD_ORDER as readonly string[]).includes(problem.path)) add(problem.path, message);
    else other.push(message);
  }
  return { fields, other };
}

/** The field ids in page order: the group, each provider shown, then the date and the message. */
export function fieldOrder(shownIds: readonly string[]): string[] {
  return [PROVIDERS_FIELD, ...shownIds.map(providerFieldId), DUE_DATE_FIELD, MESSAGE_FIELD];
}

/** The success banner's words. */
export function requestedSummary(created: InterimRequestsCreated): { heading: string; lines: string[] } {
  const providers = created.requests.length;
  const dueDate = created.requests[0]?.dueDate;
  return {
    heading: `${count(providers, 'interim report')} requested`,
    lines: [
      `${count(providers, 'provider')} asked for an interim report${dueDate ? ` by ${formatDate(dueDate)}` : ''}.`,
      created.emailsQueued === 0
        ? 'No one at these providers can receive email: contact them another way.'
        : `${count(created.emailsQueued, 'email')} queued to send. Each request has its own reminders until it is answered.`,
    ],
  };
}
