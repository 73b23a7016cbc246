import { REFERENCE_RULE_SET, cloneRuleSet, shippedRuleSets } from './rule-sets';
import {
  InvalidRuleSetError,
  assertValidRuleSet,
  validateRuleSet,
  validateRuleSets,
} from './rule-set.validation';

/** A rule set as an admin's form might send it back: anything can be wrong with it. */
type Draft = Record<string, unknown> & { clauses: unknown[] };

function edited(change: (draft: Draft) => void): Draft {
  const draft = cloneRuleSet(REFERENCE_RULE_SET) as unknown as Draft;
  change(draft);
  return draft;
}

function clauseAt(draft: Draft, index: number): Record<string, unknown> {
  return draft.clauses[index] as Record<string, unknown>;
}

describe('validateRuleSet', () => {
  it('accepts every shipped rule set', () => {
    for (const ruleSet of shippedRuleSets()) expect(validateRuleSet(ruleSet)).toEqual([]);
  });

  it('accepts a threshold of zero and a rule set without a basis', () => {
    expect(
      validateRuleSet(
        edited((draft) => {
          draft['smallProviderThresholdPence'] = 0;
          delete draft['basis'];
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [-1, 'must not be negative'],
    [2_000_000.5, 'must be a whole number of pence'],
    ['20000000', 'must be a number of pence'],
    [undefined, 'must be a number of pence'],
  ])('rejects a threshold of %p', (threshold, message) => {
    expect(validateRuleSet(edited((draft) => (draft['smallProviderThresholdPence'] = threshold)))).toEqual([
      { path: 'smallProviderThresholdPence', message },
    ]);
  });

  it.each(['2015/17', '15/16', '', 2015])('rejects the contract year %p', (contractYear) => {
    expect(validateRuleSet(edited((draft) => (draft['contractYear'] = contractYear)))).toEqual([
      { path: 'contractYear', message: 'must be a contract year written like "2015/16"' },
    ]);
  });

  it('rejects a basis that is not text', () => {
    expect(validateRuleSet(edited((draft) => (draft['basis'] = 3)))).toEqual([
      { path: 'basis', message: 'must be text' },
    ]);
  });

  it('rejects something that is not a rule set at all', () => {
    expect(validateRuleSet(null)).toEqual([{ path: '(rule set)', message: 'must be an object' }]);
    expect(validateRuleSet([])).toEqual([{ path: '(rule set)', message: 'must be an object' }]);
  });

  it('needs a list with at least one clause', () => {
    expect(
      validateRuleSet(edited((draft) => ((draft as Record<string, unknown>)['clauses'] = 'SC13.5.2'))),
    ).toEqual([{ path: 'clauses', message: 'must be a list of clauses' }]);
    expect(validateRuleSet(edited((draft) => (draft['clauses'] = [])))).toEqual([
      { path: 'clauses', message: 'must list at least one clause' },
    ]);
  });

  it('finds a bad provider kind by field path', () => {
    expect(
      validateRuleSet(edited((draft) => ((clauseAt(draft, 1)['appliesTo'] as string[])[0] = 'hospice'))),
    ).toEqual([
      {
        path: 'clauses[1].appliesTo[0]',
        message: 'must be one of nhs-trust, foundation-trust, independent, voluntary, primary-care',
      },
    ]);
  });

  it('finds repeated and missing kinds', () => {
    expect(
      validateRuleSet(
        edited((draft) => {
          clauseAt(draft, 0)['appliesTo'] = ['nhs-trust', 'nhs-trust'];
          clauseAt(draft, 2)['appliesTo'] = [];
          clauseAt(draft, 3)['appliesTo'] = 'nhs-trust';
        }),
      ),
    ).toEqual([
      { path: 'clauses[0].appliesTo[1]', message: 'repeats nhs-trust' },
      { path: 'clauses[2].appliesTo', message: 'must name at least one kind of provider' },
      { path: 'clauses[3].appliesTo', message: 'must be a list of provider kinds' },
    ]);
  });

  it('needs clause ids to be present and unique, ignoring case and spaces', () => {
    expect(
      validateRuleSet(
        edited((draft) => {
          clauseAt(draft, 1)['clause'] = 'sc13.5.1';
          clauseAt(draft, 2)['clause'] = ' SC13.5.1 ';
          clauseAt(draft, 3)['clause'] = '  ';
        }),
      ),
    ).toEqual([
      { path: 'clauses[1].clause', message: 'repeats clauses[0].clause' },
      { path: 'clauses[2].clause', message: 'must not start or end with spaces' },
      { path: 'clauses[2].clause', message: 'repeats clauses[0].clause' },
      { path: 'clauses[3].clause', message: 'must name the clause, e.g. "SC13.5.2"' },
    ]);
  });

  it('needs a title and a yes-or-no small-provider exemption', () => {
    expect(
      validateRuleSet(
        edited((draft) => {
          clauseAt(draft, 0)['title'] = '';
          clauseAt(draft, 0)['smallProvidersExempt'] = 'no';
          draft.clauses[1] = 'SC13.5.2';
        }),
      ),
    ).toEqual([
      { path: 'clauses[0].title', message: 'must say what the clause asks for' },
      { path: 'clauses[0].smallProvidersExempt', message: 'must be true or false' },
      { path: 'clauses[1]', message: 'must be an object' },
    ]);
  });

  it('checks exclusion reasons', () => {
    expect(
      validateRuleSet(
        edited((draft) => {
          clauseAt(draft, 1)['exclusions'] = [
            { kind: 'primary-care', reason: 'outside' },
            { kind: 'nhs-trust', reason: 'no' },
            { kind: 'primary-care', reason: '' },
            { kind: 'hospice', reason: 'x' },
            'none',
          ];
          clauseAt(draft, 2)['exclusions'] = 'none';
        }),
      ),
    ).toEqual([
      { path: 'clauses[1].exclusions[1].kind', message: 'nhs-trust is in appliesTo, so cannot be excluded' },
      { path: 'clauses[1].exclusions[2].kind', message: 'repeats primary-care' },
      { path: 'clauses[1].exclusions[2].reason', message: 'must say why the clause does not apply' },
      {
        path: 'clauses[1].exclusions[3].kind',
        message: 'must be one of nhs-trust, foundation-trust, independent, voluntary, primary-care',
      },
      { path: 'clauses[1].exclusions[4]', message: 'must be an object' },
      { path: 'clauses[2].exclusions', message: 'must be a list' },
    ]);
  });

  it('reports every problem at once', () => {
    const problems = validateRuleSet({ contractYear: 'x', smallProviderThresholdPence: -1, clauses: [{}] });
    expect(problems.map((problem) => problem.path)).toEqual([
      'contractYear',
      'smallProviderThresholdPence',
      'clauses[0].clause',
      'clauses[0].title',
      'clauses[0].smallProvidersExempt',
      'clauses[0].appliesTo',
    ]);
  });

  it('asserts, throwing every problem', () => {
    expect(() => assertValidRuleSet(REFERENCE_RULE_SET)).not.toThrow();
    const bad = edited((draft) => (draft['smallProviderThresholdPence'] = -1));
    expect(() => assertValidRuleSet(bad)).toThrow(InvalidRuleSetError);
    expect(() => assertValidRuleSet(bad)).toThrow(
      'Invalid rule set: smallProviderThresholdPence must not be negative.',
    );
  });
});

describe('validateRuleSets', () => {
  it('finds two rule sets for the same year, and prefixes paths with the index', () => {
    const ruleSets = shippedRuleSets();
    ruleSets[3].contractYear = '2015/16';
    ruleSets[4].clauses[0].appliesTo = [];
    expect(validateRuleSets(ruleSets)).toEqual([
      { path: '[3].contractYear', message: 'repeats [0].contractYear' },
      { path: '[4].clauses[0].appliesTo', message: 'must name at least one kind of provider' },
    ]);
    expect(validateRuleSets({})).toEqual([{ path: '(rule sets)', message: 'must be a list of rule sets' }]);
  });
});
