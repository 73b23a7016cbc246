import { InvalidContractYearError } from '@wres/domain/scope';
import { validateCycles } from './cycle.validation';
import {
  REFERENCE_CYCLE,
  UnknownReportingCycleError,
  cloneCycle,
  copyCycleForYear,
  findCycle,
  rollCycleForward,
  shippedCycles,
} from './cycles';

describe('reporting cycles', () => {
  it('holds the 2015/16 milestones from the guidance', () => {
    expect(REFERENCE_CYCLE).toEqual({
      contractYear: '2015/16',
      clauses: ['SC13.5.2'],
      minimumInterimReports: 1,
      milestones: [
        { kind: 'baseline-data', date: '2015-04-01', timing: 'as-at' },
        { kind: 'commissioner-letter-publication', date: '2015-07-01', timing: 'before' },
        { kind: 'publication', date: '2015-07-01', timing: 'by' },
        { kind: 'interim-report', date: '2016-03-31', timing: 'by' },
        { kind: 'commissioner-reminder-annual-report', date: '2016-05-01', timing: 'before' },
        { kind: 'annual-report', date: '2016-05-01', timing: 'by' },
      ],
    });
    expect(Object.isFrozen(REFERENCE_CYCLE.milestones[0])).toBe(true);
  });

  it('ships 2015/16 to 2025/26, each shifted by whole years, all valid', () => {
    const cycles = shippedCycles();
    expect(cycles).toHaveLength(11);
    expect(cycles[0]).toEqual(REFERENCE_CYCLE);
    expect(cycles[10].contractYear).toBe('2025/26');
    expect(cycles[10].milestones.map((milestone) => milestone.date)).toEqual([
      '2025-04-01',
      '2025-07-01',
      '2025-07-01',
      '2026-03-31',
      '2026-05-01',
      '2026-05-01',
    ]);
    expect(validateCycles(cycles)).toEqual([]);
  });

  it('hands out independent copies an admin can edit (e.g. publication moved to 1 August)', () => {
    const cycles = shippedCycles();
    cycles[1].milestones[2].date = '2016-08-01';
    cycles[1].clauses.push('WDES');
    const again = shippedCycles();
    expect(again[1].milestones[2].date).toBe('2016-07-01');
    expect(again[1].clauses).toEqual(['SC13.5.2']);
    expect(REFERENCE_CYCLE.milestones[2].date).toBe('2015-07-01');
    expect(validateCycles(cycles)).toEqual([]);
  });

  it('copies a cycle to another year and rolls it forward', () => {
    const edited = cloneCycle(REFERENCE_CYCLE);
    edited.milestones[2].date = '2015-08-01';
    const next = rollCycleForward(edited);
    expect(next.contractYear).toBe('2016/17');
    expect(next.milestones[2].date).toBe('2016-08-01');
    expect(copyCycleForYear(REFERENCE_CYCLE, '2014/15').milestones[0].date).toBe('2014-04-01');
    expect(() => copyCycleForYear(REFERENCE_CYCLE, '2016/18')).toThrow(InvalidContractYearError);
  });

  it('finds a year, or says which years exist', () => {
    const cycles = shippedCycles();
    expect(findCycle(cycles, '2019/20').contractYear).toBe('2019/20');
    expect(() => findCycle(cycles.slice(0, 2), '2030/31')).toThrow(UnknownReportingCycleError);
    expect(() => findCycle([cycles[1], cycles[0]], '2030/31')).toThrow(
      'No reporting cycle for contract year 2030/31; cycles exist for 2015/16, 2016/17.',
    );
    expect(() => findCycle([], '2015/16')).toThrow(
      'No reporting cycle for contract year 2015/16; none exist.',
    );
    expect(() => findCycle(cycles, '15/16')).toThrow(InvalidContractYearError);
  });
});
