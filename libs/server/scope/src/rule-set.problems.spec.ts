import { findRuleSet, shippedRuleSets } from '@wres/domain/scope';
import { normaliseRuleSet, ruleSetProblems } from './rule-set.problems';

const ruleSet = () => findRuleSet(shippedRuleSets(), '2016/17');

describe('ruleSetProblems', () => {
  it('accepts the shipped rules for their own year', () => {
    expect(ruleSetProblems(ruleSet(), '2016/17')).toEqual([]);
  });

  it('names every problem by its path, each message naming its field', () => {
    const edited = ruleSet() as unknown as Record<string, unknown> & {
      clauses: Array<Record<string, unknown>>;
    };
    edited['smallProviderThresholdPence'] = -1;
    edited.clauses[1]['appliesTo'] = ['hospital'];
    edited.clauses[2]['title'] = '';
    expect(ruleSetProblems(edited, '2016/17')).toEqual([
      {
        path: 'smallProviderThresholdPence',
        messages: ['smallProviderThresholdPence must not be negative'],
      },
      {
        path: 'clauses[1].appliesTo[0]',
        messages: [expect.stringMatching(/^clauses\[1\]\.appliesTo\[0\] must be one of/)],
      },
      { path: 'clauses[2].title', messages: ['clauses[2].title must say what the clause asks for'] },
    ]);
  });

  it('refuses rules written for another year than the one being edited', () => {
    expect(ruleSetProblems(ruleSet(), '2017/18')).toEqual([
      { path: 'contractYear', messages: ['contractYear must be 2017/18, the year being edited'] },
    ]);
  });

  it('says once that a malformed year is malformed', () => {
    const problems = ruleSetProblems({ ...ruleSet(), contractYear: '2016/18' }, '2016/17');
    expect(problems.filter((p) => p.path === 'contractYear')).toHaveLength(1);
  });

  it('refuses something that is not a rule set at all', () => {
    expect(ruleSetProblems(null, '2016/17').map((p) => p.path)).toEqual(['(rule set)']);
  });
});

describe('normaliseRuleSet', () => {
  it('keeps the fields of a rule set and drops anything else', () => {
    const sent = { ...ruleSet(), colour: 'red' };
    sent.clauses[0] = { ...sent.clauses[0], note: 'x' } as (typeof sent.clauses)[0];
    const kept = normaliseRuleSet(sent);
    expect(kept).not.toHaveProperty('colour');
    expect(kept.clauses[0]).not.toHaveProperty('note');
    expect(kept).toEqual(ruleSet());
  });
});
