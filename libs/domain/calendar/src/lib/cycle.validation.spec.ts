import { REFERENCE_CYCLE, cloneCycle } from './cycles';
import {
  InvalidReportingCycleError,
  assertValidCycle,
  validateCycle,
  validateCycles,
} from './cycle.validation';

/** A cycle as an admin's form might send it back: anything can be wrong with it. */
type Draft = Record<string, unknown> & { milestones: Record<string, unknown>[] };

function edited(change: (draft: Draft) => void): Draft {
  const draft = cloneCycle(REFERENCE_CYCLE) as unknown as Draft;
  change(draft);
  return draft;
}

// Milestone positions in the reference cycle.
const BASELINE = 0;
const LETTER = 1;
const PUBLICATION = 2;
const INTERIM = 3;
const REMINDER = 4;
const ANNUAL = 5;

describe('validateCycle', () => {
  it('accepts the reference cycle', () => {
    expect(validateCycle(REFERENCE_CYCLE)).toEqual([]);
  });

  it('accepts publication moved to 1 August with the letter still in time', () => {
    expect(validateCycle(edited((draft) => (draft.milestones[PUBLICATION]['date'] = '2015-08-01')))).toEqual(
      [],
    );
  });

  it('rejects something that is not a cycle', () => {
    expect(validateCycle('2015/16')).toEqual([{ path: '(cycle)', message: 'must be an object' }]);
  });

  it('checks the year, clauses and interim minimum', () => {
    expect(
      validateCycle(
        edited((draft) => {
          draft['contractYear'] = '2015/17';
          draft['clauses'] = ['SC13.5.2', 'SC13.5.2', '', 7];
          draft['minimumInterimReports'] = -1;
        }),
      ),
    ).toEqual([
      { path: 'contractYear', message: 'must be a contract year written like "2015/16"' },
      { path: 'minimumInterimReports', message: 'must be a whole number from 0 to 12' },
      { path: 'clauses[1]', message: 'repeats SC13.5.2' },
      { path: 'clauses[2]', message: 'must name a clause, e.g. "SC13.5.2"' },
      { path: 'clauses[3]', message: 'must name a clause, e.g. "SC13.5.2"' },
    ]);
    expect(validateCycle(edited((draft) => (draft['clauses'] = [])))).toEqual([
      { path: 'clauses', message: 'must name at least one clause' },
    ]);
    expect(validateCycle(edited((draft) => (draft['clauses'] = 'SC13.5.2')))).toEqual([
      { path: 'clauses', message: 'must be a list of clauses' },
    ]);
    expect(validateCycle(edited((draft) => (draft['minimumInterimReports'] = 1.5)))).toHaveLength(1);
  });

  it('finds dates that do not parse, by path', () => {
    expect(
      validateCycle(
        edited((draft) => {
          draft.milestones[PUBLICATION]['date'] = '2015-06-31';
          draft.milestones[ANNUAL]['date'] = '1 May 2016';
        }),
      ),
    ).toEqual([
      { path: 'milestones[2].date', message: 'must be a calendar date written YYYY-MM-DD' },
      { path: 'milestones[5].date', message: 'must be a calendar date written YYYY-MM-DD' },
    ]);
  });

  it('checks kinds and timings', () => {
    expect(
      validateCycle(
        edited((draft) => {
          draft.milestones[BASELINE]['timing'] = 'by';
          draft.milestones[LETTER]['timing'] = 'as-at';
          draft.milestones[INTERIM]['timing'] = 'soon';
          draft.milestones[REMINDER]['kind'] = 'annual-report';
        }),
      ),
    ).toEqual([
      { path: 'milestones[0].timing', message: 'must be as-at for baseline data' },
      { path: 'milestones[1].timing', message: 'must be by or before' },
      { path: 'milestones[3].timing', message: 'must be one of as-at, by, before' },
      { path: 'milestones[5].kind', message: 'repeats milestones[4].kind' },
      { path: 'milestones', message: 'has no commissioner-reminder-annual-report milestone' },
    ]);
  });

  it('needs one milestone of each kind', () => {
    expect(
      validateCycle(
        edited((draft) => {
          draft.milestones[INTERIM]['kind'] = 'interim';
          draft.milestones.splice(BASELINE, 1);
        }),
      ),
    ).toEqual([
      {
        path: 'milestones[2].kind',
        message:
          'must be one of baseline-data, commissioner-letter-publication, publication, interim-report, ' +
          'commissioner-reminder-annual-report, annual-report',
      },
      { path: 'milestones', message: 'has no baseline-data milestone' },
      { path: 'milestones', message: 'has no interim-report milestone' },
    ]);
    expect(validateCycle(edited((draft) => ((draft as Record<string, unknown>)['milestones'] = {})))).toEqual(
      [{ path: 'milestones', message: 'must be a list of milestones' }],
    );
    expect(
      validateCycle(edited((draft) => (draft.milestones[0] = null as unknown as Record<string, unknown>))),
    ).toEqual([
      { path: 'milestones[0]', message: 'must be an object' },
      { path: 'milestones', message: 'has no baseline-data milestone' },
    ]);
  });

  it('needs publication after the baseline data date', () => {
    expect(validateCycle(edited((draft) => (draft.milestones[PUBLICATION]['date'] = '2015-04-01')))).toEqual([
      { path: 'milestones[2].date', message: 'must be after the baseline data date (1 April 2015)' },
      { path: 'milestones[1].date', message: 'must leave time before publication (last day 1 April 2015)' },
    ]);
  });

  it('needs the commissioner letter to fall before publication', () => {
    expect(
      validateCycle(
        edited((draft) => {
          draft.milestones[LETTER]['date'] = '2015-07-01';
          draft.milestones[LETTER]['timing'] = 'by';
        }),
      ),
    ).toEqual([
      { path: 'milestones[1].date', message: 'must leave time before publication (last day 1 July 2015)' },
    ]);
  });

  it('needs the interim report during the year', () => {
    expect(validateCycle(edited((draft) => (draft.milestones[INTERIM]['date'] = '2016-04-01')))).toEqual([
      { path: 'milestones[3].date', message: 'must fall during 2015/16 (1 April 2015 to 31 March 2016)' },
    ]);
  });

  it('needs the annual report after the cycle starts and after publication, and the reminder before it', () => {
    expect(
      validateCycle(
        edited((draft) => {
          draft.milestones[ANNUAL]['date'] = '2015-04-01';
          draft.milestones[REMINDER]['date'] = '2015-04-02';
        }),
      ),
    ).toEqual([
      { path: 'milestones[5].date', message: 'must be after the cycle starts (1 April 2015)' },
      { path: 'milestones[5].date', message: 'must be after baseline publication (1 July 2015)' },
      {
        path: 'milestones[4].date',
        message: 'must leave time before the annual report (last day 1 April 2015)',
      },
    ]);
    expect(
      validateCycle(
        edited((draft) => {
          draft.milestones[REMINDER]['date'] = '2016-05-02';
        }),
      ),
    ).toEqual([
      {
        path: 'milestones[4].date',
        message: 'must leave time before the annual report (last day 1 May 2016)',
      },
    ]);
  });

  it('catches a mistyped year far outside the cycle', () => {
    expect(validateCycle(edited((draft) => (draft.milestones[ANNUAL]['date'] = '2061-05-01')))).toEqual([
      { path: 'milestones[5].date', message: 'is more than a year outside 2015/16' },
    ]);
    expect(validateCycle(edited((draft) => (draft.milestones[BASELINE]['date'] = '2014-03-31')))).toEqual([
      { path: 'milestones[0].date', message: 'is more than a year outside 2015/16' },
    ]);
  });

  it('asserts, throwing every problem', () => {
    expect(() => assertValidCycle(cloneCycle(REFERENCE_CYCLE))).not.toThrow();
    const bad = edited((draft) => (draft['minimumInterimReports'] = 'one'));
    expect(() => assertValidCycle(bad)).toThrow(InvalidReportingCycleError);
    expect(() => assertValidCycle(bad)).toThrow(
      'Invalid reporting cycle: minimumInterimReports must be a whole number from 0 to 12.',
    );
  });
});

describe('validateCycles', () => {
  it('finds two cycles for one year and prefixes paths with the index', () => {
    const second = edited((draft) => (draft.milestones[INTERIM]['date'] = 'x'));
    expect(validateCycles([cloneCycle(REFERENCE_CYCLE), second])).toEqual([
      { path: '[1].milestones[3].date', message: 'must be a calendar date written YYYY-MM-DD' },
      { path: '[1].contractYear', message: 'repeats [0].contractYear' },
    ]);
    expect(validateCycles(null)).toEqual([
      { path: '(cycles)', message: 'must be a list of reporting cycles' },
    ]);
  });
});
