import {
  InvalidContractYearError,
  ScopeInputError,
  UnknownContractYearError,
  assessScope,
  findRuleSet,
  shippedRuleSets,
} from '@wres/domain/scope';
import type { ProviderKind } from '@wres/shared/contracts';
import { scopeProblemsOf } from './scope.problems';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('scopeProblemsOf', () => {
  const ruleSets = shippedRuleSets();

  it('puts a malformed contract year on contractYear', () => {
    const error = thrownBy(() => findRuleSet(ruleSets, '2015/17'));
    expect(error).toBeInstanceOf(InvalidContractYearError);
    expect(scopeProblemsOf(error)).toEqual([
      { path: 'contractYear', messages: [expect.stringContaining('"2015/17" is not a contract year')] },
    ]);
  });

  it('puts a year without rules on contractYear, naming the years that have them', () => {
    const error = thrownBy(() => findRuleSet(ruleSets, '2014/15'));
    expect(error).toBeInstanceOf(UnknownContractYearError);
    expect(scopeProblemsOf(error)).toEqual([
      {
        path: 'contractYear',
        messages: [expect.stringMatching(/No rule set for contract year 2014\/15.*2015\/16/)],
      },
    ]);
  });

  it('lists each bad kind and amount by its own path, each message naming its field', () => {
    const error = thrownBy(() =>
      assessScope({
        ruleSet: ruleSets[0],
        providerKind: 'hospital' as ProviderKind,
        incomesPence: [-1, 1.5, 100, 'ten' as unknown as number],
      }),
    );
    expect(error).toBeInstanceOf(ScopeInputError);
    expect(scopeProblemsOf(error)).toEqual([
      { path: 'providerKind', messages: ['"hospital" is not a kind of provider'] },
      { path: 'incomesPence[0]', messages: ['incomesPence[0] must not be negative'] },
      { path: 'incomesPence[1]', messages: ['incomesPence[1] must be a whole number of pence'] },
      { path: 'incomesPence[3]', messages: ['incomesPence[3] must be a number of pence'] },
    ]);
  });

  it('keeps several problems with one path together', () => {
    const error = new ScopeInputError([
      { path: 'incomesPence', message: 'first' },
      { path: 'incomesPence', message: 'Second' },
    ]);
    expect(scopeProblemsOf(error)).toEqual([
      { path: 'incomesPence', messages: ['incomesPence first', 'Second'] },
    ]);
  });

  it('leaves other errors alone: they are faults, not bad input', () => {
    expect(scopeProblemsOf(new Error('database down'))).toBeNull();
  });
});
