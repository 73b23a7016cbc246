import { SEED_004_2018_19, validateWresDocument } from '@wres/domain/wres';
import type { WresDocument } from '@wres/domain/wres';
import { wresFieldProblems } from './wres.problems';

describe('wresFieldProblems', () => {
  it('gives each path its own entry, in the order the domain found them', () => {
    expect(
      wresFieldProblems([
        { path: 'indicator2.bme.appointed', message: 'A' },
        { path: 'indicator3.white.cases', message: 'B' },
      ]),
    ).toEqual([
      { path: 'indicator2.bme.appointed', messages: ['A'] },
      { path: 'indicator3.white.cases', messages: ['B'] },
    ]);
  });

  it('keeps several messages for one path together', () => {
    expect(
      wresFieldProblems([
        { path: 'indicator5.white', message: 'first' },
        { path: 'indicator6.bme.percent', message: 'other' },
        { path: 'indicator5.white', message: 'second' },
      ]),
    ).toEqual([
      { path: 'indicator5.white', messages: ['first', 'second'] },
      { path: 'indicator6.bme.percent', messages: ['other'] },
    ]);
  });

  it('carries the validator’s own problems through unchanged', () => {
    const doc: WresDocument = {
      ...SEED_004_2018_19,
      indicator2: { white: { shortlisted: 10, appointed: 11 }, bme: { shortlisted: 5, appointed: -1 } },
    };
    const problems = wresFieldProblems(validateWresDocument(doc).errors);
    expect(problems.map((problem) => problem.path)).toEqual([
      'indicator2.white.appointed',
      'indicator2.bme.appointed',
    ]);
    expect(problems[0].messages[0]).toMatch(/Appointed \(11\) cannot be more than shortlisted \(10\)/);
  });

  it('is empty when there is nothing wrong', () => {
    expect(wresFieldProblems([])).toEqual([]);
  });
});
