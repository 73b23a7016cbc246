import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cloneRuleSet, compareContractYears, findRuleSet, shippedRuleSets } from '@wres/domain/scope';
import type { RuleSet } from '@wres/domain/scope';
import { DataSource, EntityManager } from 'typeorm';
import { RuleSetCatalogue } from './rule-set.catalogue';

/** A year's rules and whether an admin has saved them, with who and when. */
export interface StoredRuleSet {
  ruleSet: RuleSet;
  source: 'shipped' | 'edited';
  updatedAt: Date | null;
  updatedBy: { userId: string; displayName: string } | null;
}

interface RuleSetRow {
  contract_year: string;
  definition: RuleSet;
  updated_at: Date;
  updated_by: string | null;
  display_name: string | null;
}

/**
 * Rule sets as admins have saved them (`rule_set`), and the shipped rules for any year nobody has edited.
 * The table holds only edits, so a release that ships corrected or further years reaches every year an
 * admin has not taken over, with no data migration.
 */
@Injectable()
export class DatabaseRuleSetCatalogue extends RuleSetCatalogue {
  private readonly shipped = shippedRuleSets();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async ruleSetFor(contractYear: string, manager?: EntityManager): Promise<RuleSet> {
    const [row] = await this.rows(contractYear, manager);
    // A copy either way, so no caller can change the rules the next request sees.
    return row ? cloneRuleSet(row.definition) : cloneRuleSet(findRuleSet(this.shipped, contractYear));
  }

  /** One year's rules with where they came from; rejects as `ruleSetFor` does. */
  async storedRuleSet(contractYear: string, manager?: EntityManager): Promise<StoredRuleSet> {
    const [row] = await this.rows(contractYear, manager);
    return row ? toStored(row) : shippedRecord(findRuleSet(this.shipped, contractYear));
  }

  /** Every year with rules, shipped or added by an admin, earliest first. */
  async storedRuleSets(): Promise<StoredRuleSet[]> {
    const edited = new Map((await this.rows()).map((row) => [row.contract_year, toStored(row)] as const));
    const years = [...new Set([...this.shipped.map((r) => r.contractYear), ...edited.keys()])];
    return years
      .sort(compareContractYears)
      .map((year) => edited.get(year) ?? shippedRecord(findRuleSet(this.shipped, year)));
  }

  private rows(
    contractYear?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RuleSetRow[]> {
    return manager.query(
      `SELECT r.contract_year, r.definition, r.updated_at, r.updated_by, u.display_name
       FROM rule_set r LEFT JOIN app_user u ON u.id = r.updated_by
       WHERE $1::text IS NULL OR r.contract_year = $1`,
      [contractYear ?? null],
    );
  }
}

function toStored(row: RuleSetRow): StoredRuleSet {
  return {
    ruleSet: cloneRuleSet(row.definition),
    source: 'edited',
    updatedAt: row.updated_at,
    updatedBy:
      row.updated_by === null
        ? null
        : { userId: row.updated_by, displayName: row.display_name ?? 'Unknown user' },
  };
}

function shippedRecord(ruleSet: RuleSet): StoredRuleSet {
  return { ruleSet: cloneRuleSet(ruleSet), source: 'shipped', updatedAt: null, updatedBy: null };
}
