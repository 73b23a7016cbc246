import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule sets admins have edited, and commissioners' calendar feeds.
 *
 * `rule_set` starts empty: a year without a row uses the rules the product ships. Copying the shipped
 * rules in here would freeze them at this release, so a later release's corrected or added years would
 * need a data migration and could not tell an admin's edit from a stale copy.
 */
export class RuleSets1763950000000 implements MigrationInterface {
  name = 'RuleSets1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rule_set (
        contract_year varchar(7) PRIMARY KEY,
        definition jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES app_user(id),
        CONSTRAINT rule_set_year_well_formed CHECK (contract_year ~ '^[0-9]{4}/[0-9]{2}$'
          AND right(contract_year, 2)::int = (left(contract_year, 4)::int + 1) % 100),
        CONSTRAINT rule_set_definition_is_its_year CHECK (definition->>'contractYear' = contract_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES app_user(id),
        CONSTRAINT calendar_feed_organisation_unique UNIQUE (organisation_id),
        CONSTRAINT calendar_feed_token_hash_unique UNIQUE (token_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS calendar_feed`);
    await queryRunner.query(`DROP TABLE IF EXISTS rule_set`);
  }
}
