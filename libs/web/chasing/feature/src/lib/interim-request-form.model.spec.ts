import type { ChasedProviderSummary, InterimRequest } from '@wres/shared/contracts';
import {
  dueDateProblem,
  fieldOrder,
  filterProviders,
  isProviderFilter,
  providerFieldId,
  requestProblemsToErrors,
  requestedSummary,
  toInterimRequest,
  validateInterimRequest,
} from './interim-request-form.model';

const TODAY = '2026-11-23';

const provider = (
  id: string,
  overrides: Partial<Omit<ChasedProviderSummary, 'provider'>> = {},
): ChasedProviderSummary => ({
  provider: { id, name: `Provider ${id}`, odsCode: id.toUpperCase() },
  reportStatus: 'due',
  interimRequests: 0,
  openInterimRequests: 0,
  recipients: 1,
  remindersPaused: false,
  ...overrides,
});

describe('the interim-report request form', () => {
  it.each([
    ['', '', '', 'Enter the date the interim report is due'],
    ['1', '', '2027', 'The due date must include a month'],
    ['', '', '2027', 'The due date must include a day and a month'],
    ['31', '2', '2027', 'The due date must be a real date, for example 30 11 2026'],
    ['22', '11', '2026', 'The due date must be today or in the future, 23 November 2026 or later'],
  ])('says what is wrong with %s/%s/%s', (day, month, year, problem) => {
    expect(dueDateProblem(day, month, year, TODAY)).toBe(problem);
  });

  it('accepts today as the due date', () => {
    expect(dueDateProblem('23', '11', '2026', TODAY)).toBeNull();
  });

  it('lists every problem at once', () => {
    expect(
      validateInterimRequest({ providerIds: [], day: '', month: '', year: '', message: '  ' }, TODAY),
    ).toEqual({
      providerIds: 'Select at least one provider',
      dueDate: 'Enter the date the interim report is due',
      message: 'Enter a message telling providers what you want to know',
    });
    expect(
      validateInterimRequest(
        { providerIds: ['a'], day: '1', month: '12', year: '2026', message: 'x'.repeat(5_001) },
        TODAY,
      ),
    ).toEqual({ message: 'The message must be 5,000 characters or fewer' });
    expect(
      validateInterimRequest(
        { providerIds: ['a'], day: '1', month: '12', year: '2026', message: 'Hi' },
        TODAY,
      ),
    ).toEqual({});
  });

  it('builds the request with an ISO date and the message trimmed', () => {
    expect(
      toInterimRequest(
        { providerIds: ['a', 'b'], day: '5', month: '1', year: '2027', message: ' How is it going? ' },
        '2026/27',
      ),
    ).toEqual({
      contractYear: '2026/27',
      providerIds: ['a', 'b'],
      dueDate: '2027-01-05',
      message: 'How is it going?',
    });
  });

  it('filters the providers to ask', () => {
    const providers = [
      provider('a', { reportStatus: 'submitted', interimRequests: 1 }),
      provider('b', { reportStatus: 'overdue', interimRequests: 2, openInterimRequests: 1 }),
      provider('c'),
    ];
    const ids = (list: ChasedProviderSummary[]) => list.map((p) => p.provider.id);
    expect(ids(filterProviders(providers, 'all'))).toEqual(['a', 'b', 'c']);
    expect(ids(filterProviders(providers, 'not-submitted'))).toEqual(['b', 'c']);
    expect(ids(filterProviders(providers, 'not-asked'))).toEqual(['c']);
    expect(ids(filterProviders(providers, 'unanswered'))).toEqual(['b']);
    expect(isProviderFilter('not-asked')).toBe(true);
    expect(isProviderFilter('everyone')).toBe(false);
  });

  it('puts the API’s problems on the fields they are about, naming the provider', () => {
    const names = new Map([
      ['a', 'Alpha Trust'],
      ['b', 'Beta Ltd'],
    ]);
    expect(
      requestProblemsToErrors(
        [
          {
            path: 'providerIds[1]',
            messages: ['You do not co-ordinate a 2026/27 contract with this provider'],
          },
          { path: 'dueDate', messages: ['dueDate must be today (2026-11-23) or later'] },
          { path: 'contractYear', messages: ['There is no reporting cycle for 2026/27'] },
        ],
        ['a', 'b'],
        names,
      ),
    ).toEqual({
      fields: {
        [providerFieldId('b')]: 'Beta Ltd: You do not co-ordinate a 2026/27 contract with this provider',
        dueDate: 'dueDate must be today (2026-11-23) or later',
      },
      other: ['There is no reporting cycle for 2026/27'],
    });
    expect(fieldOrder(['a', 'b'])).toEqual(['providerIds', 'provider-a', 'provider-b', 'dueDate', 'message']);
  });

  it('confirms what was asked, and of how many', () => {
    const request = { dueDate: '2026-12-18' } as InterimRequest;
    expect(requestedSummary({ requests: [request, request, request], emailsQueued: 4 })).toEqual({
      heading: '3 interim reports requested',
      lines: [
        '3 providers asked for an interim report by 18 December 2026.',
        '4 emails queued to send. Each request has its own reminders until it is answered.',
      ],
    });
    expect(requestedSummary({ requests: [request], emailsQueued: 0 }).lines[1]).toBe(
      'No one at these providers can receive email: contact them another way.',
    );
  });
});
