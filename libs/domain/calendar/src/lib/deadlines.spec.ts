import { assessScope, findRuleSet, shippedRuleSets } from '@wres/domain/scope';
import { REFERENCE_CYCLE, cloneCycle, findCycle, shippedCycles } from './cycles';
import {
  CalendarInputError,
  actorFor,
  addInterimReportRequest,
  deriveDeadlines,
  milestoneDueDate,
} from './deadlines';
import type { ReportingCycle } from './reporting-cycle.model';

const cycle2015: ReportingCycle = cloneCycle(REFERENCE_CYCLE);
const wres = { clause: 'SC13.5.2', applies: true };

describe('deriveDeadlines', () => {
  it('dates the 2015/16 WRES report obligation from its cycle', () => {
    const deadlines = deriveDeadlines({ cycle: cycle2015, obligation: wres });
    expect(deadlines.map(({ kind, actor, dueDate }) => ({ kind, actor, dueDate }))).toEqual([
      { kind: 'baseline-data', actor: 'provider', dueDate: '2015-04-01' },
      { kind: 'commissioner-letter-publication', actor: 'commissioner', dueDate: '2015-06-30' },
      { kind: 'publication', actor: 'provider', dueDate: '2015-07-01' },
      { kind: 'interim-report', actor: 'provider', dueDate: '2016-03-31' },
      { kind: 'commissioner-reminder-annual-report', actor: 'commissioner', dueDate: '2016-04-30' },
      { kind: 'annual-report', actor: 'provider', dueDate: '2016-05-01' },
    ]);
  });

  it('describes each deadline in plain English', () => {
    expect(
      deriveDeadlines({ cycle: cycle2015, obligation: wres }).map((deadline) => deadline.description),
    ).toEqual([
      'Baseline data is taken as at 1 April 2015.',
      'Commissioner to write to the provider before 1 July 2015 asking it to confirm it will publish its ' +
        'baseline data and send a copy and the web link.',
      'Publish the baseline data, with any shortcomings and plans to address them, by 1 July 2015, and send ' +
        'the commissioner a copy and the web link.',
      'Send at least one interim report during 2015/16 on the steps taken to address specific indicators, by ' +
        '31 March 2016.',
      'Commissioner to remind the provider before 1 May 2016 that its annual report must be published by 1 May 2016.',
      'Publish the annual report, with data to 31 March 2016, by 1 May 2016: to the co-ordinating commissioner, ' +
        "on the provider's website at its own web address, and to its Board.",
    ]);
  });

  it('keys each deadline by clause, year, kind and request, for reminders that must not repeat', () => {
    const keys = deriveDeadlines({ cycle: cycle2015, obligation: wres }).map((deadline) => deadline.key);
    expect(keys).toEqual([
      'SC13.5.2:2015/16:baseline-data',
      'SC13.5.2:2015/16:commissioner-letter-publication',
      'SC13.5.2:2015/16:publication',
      'SC13.5.2:2015/16:interim-report:default-1',
      'SC13.5.2:2015/16:commissioner-reminder-annual-report',
      'SC13.5.2:2015/16:annual-report',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("uses the commissioner's interim-report requests instead of the default", () => {
    const deadlines = deriveDeadlines({
      cycle: cycle2015,
      obligation: wres,
      interimReportRequests: [
        { id: 'r2', dueDate: '2016-01-15' },
        { id: 'r1', dueDate: '2015-10-15', note: 'steps on indicator 2 ' },
      ],
    });
    const interim = deadlines.filter((deadline) => deadline.kind === 'interim-report');
    expect(interim).toEqual([
      {
        key: 'SC13.5.2:2015/16:interim-report:r1',
        clause: 'SC13.5.2',
        contractYear: '2015/16',
        kind: 'interim-report',
        actor: 'provider',
        dueDate: '2015-10-15',
        timing: 'by',
        description:
          'Send the interim report the commissioner asked for (steps on indicator 2) by 15 October 2015.',
        interimReportRequestId: 'r1',
      },
      expect.objectContaining({
        key: 'SC13.5.2:2015/16:interim-report:r2',
        dueDate: '2016-01-15',
        description: 'Send the interim report the commissioner asked for by 15 January 2016.',
      }),
    ]);
    expect(deadlines.map((deadline) => deadline.dueDate)).toEqual([
      '2015-04-01',
      '2015-06-30',
      '2015-07-01',
      '2015-10-15',
      '2016-01-15',
      '2016-04-30',
      '2016-05-01',
    ]);
  });

  it('keeps default deadlines for the interim reports still to be requested', () => {
    const cycle = { ...cloneCycle(REFERENCE_CYCLE), minimumInterimReports: 2 };
    const interim = deriveDeadlines({
      cycle,
      obligation: wres,
      interimReportRequests: [{ id: 'r1', dueDate: '2015-10-15' }],
    }).filter((deadline) => deadline.kind === 'interim-report');
    expect(interim.map(({ key, dueDate }) => ({ key, dueDate }))).toEqual([
      { key: 'SC13.5.2:2015/16:interim-report:r1', dueDate: '2015-10-15' },
      { key: 'SC13.5.2:2015/16:interim-report:default-1', dueDate: '2016-03-31' },
    ]);
    expect(interim[1].description).toBe(
      'Send interim report 2 of at least 2 during 2015/16 on the steps taken to address specific indicators, ' +
        'by 31 March 2016.',
    );
    const none = deriveDeadlines({ cycle: { ...cycle, minimumInterimReports: 0 }, obligation: wres });
    expect(none.map((deadline) => deadline.kind)).not.toContain('interim-report');
  });

  it('follows edited dates: publication moved to 1 August', () => {
    const cycle = findCycle(shippedCycles(), '2016/17');
    cycle.milestones[2].date = '2016-08-01';
    const publication = deriveDeadlines({ cycle, obligation: wres }).find(
      (deadline) => deadline.kind === 'publication',
    );
    expect(publication).toMatchObject({ dueDate: '2016-08-01', key: 'SC13.5.2:2016/17:publication' });
  });

  it('gives nothing for an obligation that does not apply or that the cycle does not date', () => {
    expect(deriveDeadlines({ cycle: cycle2015, obligation: { clause: 'SC13.5.2', applies: false } })).toEqual(
      [],
    );
    expect(deriveDeadlines({ cycle: cycle2015, obligation: { clause: 'SC13.5.1', applies: true } })).toEqual(
      [],
    );
    expect(deriveDeadlines({ cycle: cycle2015, obligation: { clause: 'SC13.5.2' } })).toHaveLength(6);
  });

  it('takes obligations straight from a scope decision', () => {
    const decision = assessScope({
      ruleSet: findRuleSet(shippedRuleSets(), '2015/16'),
      providerKind: 'nhs-trust',
      incomesPence: [5_000_000_000],
    });
    const deadlines = decision.obligations.flatMap((obligation) =>
      deriveDeadlines({ cycle: cycle2015, obligation }),
    );
    expect(new Set(deadlines.map((deadline) => deadline.clause))).toEqual(new Set(['SC13.5.2']));
    const small = assessScope({
      ruleSet: findRuleSet(shippedRuleSets(), '2015/16'),
      providerKind: 'independent',
      incomesPence: [1],
    });
    expect(
      small.obligations.flatMap((obligation) => deriveDeadlines({ cycle: cycle2015, obligation })),
    ).toEqual([]);
  });

  it('refuses a request with a bad due date', () => {
    expect(() =>
      deriveDeadlines({
        cycle: cycle2015,
        obligation: wres,
        interimReportRequests: [{ id: 'x', dueDate: '2015-02-30' }],
      }),
    ).toThrow(CalendarInputError);
    expect(() =>
      deriveDeadlines({
        cycle: cycle2015,
        obligation: wres,
        interimReportRequests: [{ id: 'x', dueDate: 'soon' }],
      }),
    ).toThrow(
      'Invalid calendar input: interimReportRequests[0].dueDate must be a calendar date written YYYY-MM-DD.',
    );
  });
});

describe('milestoneDueDate and actorFor', () => {
  it('makes "before" the day before', () => {
    expect(milestoneDueDate({ date: '2015-07-01', timing: 'before' })).toBe('2015-06-30');
    expect(milestoneDueDate({ date: '2015-07-01', timing: 'by' })).toBe('2015-07-01');
    expect(milestoneDueDate({ date: '2015-04-01', timing: 'as-at' })).toBe('2015-04-01');
    expect(milestoneDueDate({ date: '2016-03-01', timing: 'before' })).toBe('2016-02-29');
  });

  it('gives commissioner tasks to the commissioner', () => {
    expect(actorFor('commissioner-letter-publication')).toBe('commissioner');
    expect(actorFor('commissioner-reminder-annual-report')).toBe('commissioner');
    expect(actorFor('annual-report')).toBe('provider');
  });
});

describe('addInterimReportRequest', () => {
  it('adds a request and keeps them in due-date order', () => {
    const first = addInterimReportRequest(cycle2015, [], { id: 'a', dueDate: '2016-01-15' });
    const both = addInterimReportRequest(cycle2015, first, {
      id: 'b',
      dueDate: '2015-10-15',
      note: 'indicator 2',
    });
    expect(both).toEqual([
      { id: 'b', dueDate: '2015-10-15', note: 'indicator 2' },
      { id: 'a', dueDate: '2016-01-15' },
    ]);
    expect(first).toHaveLength(1);
  });

  it('accepts the first and last days of the year', () => {
    expect(addInterimReportRequest(cycle2015, [], { id: 'a', dueDate: '2015-04-01' })).toHaveLength(1);
    expect(addInterimReportRequest(cycle2015, [], { id: 'a', dueDate: '2016-03-31' })).toHaveLength(1);
  });

  it('lists every problem', () => {
    const existing = [{ id: 'a', dueDate: '2015-10-15' }];
    const problemsOf = (request: Parameters<typeof addInterimReportRequest>[2]) => {
      try {
        addInterimReportRequest(cycle2015, existing, request);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(CalendarInputError);
        return (error as CalendarInputError).problems;
      }
    };
    expect(problemsOf({ id: 'a', dueDate: '2016-04-01' })).toEqual([
      { path: 'id', message: 'repeats an existing request (a)' },
      { path: 'dueDate', message: 'must fall during 2015/16 (1 April 2015 to 31 March 2016)' },
    ]);
    expect(problemsOf({ id: ' ', dueDate: '2015-03-31', note: 5 as unknown as string })).toEqual([
      { path: 'id', message: 'must identify the request' },
      { path: 'note', message: 'must be text' },
      { path: 'dueDate', message: 'must fall during 2015/16 (1 April 2015 to 31 March 2016)' },
    ]);
    expect(problemsOf({ id: 'b', dueDate: '31/12/2015' })).toEqual([
      { path: 'dueDate', message: 'must be a calendar date written YYYY-MM-DD' },
    ]);
  });
});
