import { BadRequestException } from '@nestjs/common';
import type { ProviderKind, ScopeAssessmentRequest, ValidationErrorBody } from '@wres/shared/contracts';
import { ShippedRuleSetCatalogue } from './rule-set.catalogue';
import { ScopeService } from './scope.service';

async function problemPaths(service: ScopeService, question: ScopeAssessmentRequest): Promise<string[]> {
  const error = await service.assess(question).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BadRequestException);
  const body = (error as BadRequestException).getResponse() as ValidationErrorBody;
  return body.problems.map((problem) => problem.path);
}

describe('ScopeService', () => {
  const service = new ScopeService(new ShippedRuleSetCatalogue());

  it('decides scope from the shipped rules for the year', async () => {
    const decision = await service.assess({
      contractYear: '2015/16',
      providerKind: 'independent',
      incomesPence: [500_000_000],
    });
    expect(decision.obligations.filter((o) => o.applies).map((o) => o.clause)).toEqual([
      'SC13.5.2',
      'SC12.3.2',
      'SC12.4',
    ]);
  });

  it('lists the kind and amount problems even when the year has no rules', async () => {
    const paths = await problemPaths(service, {
      contractYear: '2015/17',
      providerKind: 'hospital' as ProviderKind,
      incomesPence: [-1, 1.5],
    });
    expect(paths).toEqual(['contractYear', 'providerKind', 'incomesPence[0]', 'incomesPence[1]']);
  });

  it('refuses a well-formed year with no rules, and only that', async () => {
    const paths = await problemPaths(service, {
      contractYear: '2030/31',
      providerKind: 'nhs-trust',
      incomesPence: [1],
    });
    expect(paths).toEqual(['contractYear']);
  });

  it('passes on faults that are not bad input', async () => {
    const broken = new ScopeService({ ruleSetFor: () => Promise.reject(new Error('database down')) });
    await expect(
      broken.assess({ contractYear: '2015/16', providerKind: 'nhs-trust', incomesPence: [] }),
    ).rejects.toThrow('database down');
  });
});
