import { Injectable } from '@nestjs/common';
import { assessScope } from '@wres/domain/scope';
import type { RuleSet, ScopeDecision } from '@wres/domain/scope';
import { validationFailed } from '@wres/server/core/http';
import type { FieldProblem, ScopeAssessmentRequest } from '@wres/shared/contracts';
import { RuleSetCatalogue } from './rule-set.catalogue';
import { scopeProblemsOf } from './scope.problems';

@Injectable()
export class ScopeService {
  constructor(private readonly catalogue: RuleSetCatalogue) {}

  /** Which obligations a contract creates, each with its explanation; 400 listing every problem otherwise. */
  async assess(question: ScopeAssessmentRequest): Promise<ScopeDecision> {
    const problems: FieldProblem[] = [];
    const ruleSet = await this.catalogue.ruleSetFor(question.contractYear).catch((error: unknown) => {
      problems.push(...asProblems(error));
      // Without the year's rules the domain can still check the kind and the amounts, so one answer
      // lists every problem rather than only the year.
      return noClauses(question.contractYear);
    });
    try {
      const decision = assessScope({
        ruleSet,
        providerKind: question.providerKind,
        incomesPence: question.incomesPence,
      });
      if (problems.length === 0) return decision;
    } catch (error) {
      problems.push(...asProblems(error));
    }
    throw validationFailed(problems, 'The scope question has problems');
  }
}

function asProblems(error: unknown): FieldProblem[] {
  const problems = scopeProblemsOf(error);
  if (problems === null) throw error;
  return problems;
}

function noClauses(contractYear: string): RuleSet {
  return { contractYear, smallProviderThresholdPence: 0, clauses: [] };
}
