import { Injectable } from '@nestjs/common';
import { cloneRuleSet, findRuleSet, shippedRuleSets } from '@wres/domain/scope';
import type { RuleSet } from '@wres/domain/scope';
import type { EntityManager } from 'typeorm';

/**
 * Where each contract year's scope rules come from. An abstract class so it can be the injection token:
 * the api binds the database-backed catalogue, where admins' edits live; tests use the shipped one.
 */
export abstract class RuleSetCatalogue {
  /**
   * The rules for one contract year. Rejects with the domain's `InvalidContractYearError` for a malformed
   * year and `UnknownContractYearError` for a year without rules, so callers can name the field.
   * Inside a transaction pass its manager, so rules saved earlier in that transaction are the ones read.
   */
  abstract ruleSetFor(contractYear: string, manager?: EntityManager): Promise<RuleSet>;
}

/** The rule sets the product ships: the 2015/16 reference and editable copies for later years. */
@Injectable()
export class ShippedRuleSetCatalogue extends RuleSetCatalogue {
  private readonly ruleSets = shippedRuleSets();

  async ruleSetFor(contractYear: string): Promise<RuleSet> {
    // A copy, so no caller can change the rules the next request sees.
    return cloneRuleSet(findRuleSet(this.ruleSets, contractYear));
  }
}
