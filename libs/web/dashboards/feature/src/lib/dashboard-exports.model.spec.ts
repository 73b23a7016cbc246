import { exportSuppressionNote, exportTableLabel } from './dashboard-exports.model';

describe('dashboard downloads', () => {
  it('names each commissioner table in words', () => {
    expect(
      ['scope', 'reports', 'assurance', 'providers'].map((table) => exportTableLabel('commissioner', table)),
    ).toEqual(['Scope', 'Annual reports', 'Assurance', 'Providers, report status and headline indicators']);
  });

  it('names each CSU table, pooled tables by their indicator', () => {
    expect(exportTableLabel('csu', 'reporting')).toBe('Reporting rate and timeliness by commissioner');
    expect(exportTableLabel('csu', 'pooled-i9v')).toBe(
      'Pooled: Indicator 9: voting board members’ %BME minus workforce %BME',
    );
    expect(exportTableLabel('csu', 'something-new')).toBe('something-new');
  });

  it('says downloads always hide small numbers', () => {
    expect(exportSuppressionNote()).toContain('counts from 1 to 9 show as R');
    expect(exportSuppressionNote(5)).toContain('counts from 1 to 4 show as R');
  });
});
