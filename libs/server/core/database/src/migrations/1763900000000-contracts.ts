import { MigrationInterface, QueryRunner } from 'typeorm';

/** "2015/16": four digits, a slash, and the next year's last two digits. */
const CONTRACT_YEAR_IS_WELL_FORMED = (column: string) =>
  `${column} ~ '^[0-9]{4}/[0-9]{2}$' AND right(${column}, 2)::int = (left(${column}, 4)::int + 1) % 100`;

/** Contracts with their commissioners and expected income, the obligations they create, and scope history. */
export class Contracts1763900000000 implements MigrationInterface {
  name = 'Contracts1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        form varchar(20) NOT NULL CHECK (form IN ('standard', 'shorter')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contract_year_well_formed CHECK (${CONTRACT_YEAR_IS_WELL_FORMED('contract_year')})
      )`);
    await queryRunner.query(
      `CREATE INDEX contract_provider_year_idx ON contract (provider_id, contract_year)`,
    );
    await queryRunner.query(`
      CREATE TABLE contract_commissioner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        commissioner_id uuid NOT NULL REFERENCES organisation(id),
        is_coordinating boolean NOT NULL,
        expected_income_pence bigint NOT NULL CHECK (expected_income_pence >= 0),
        CONSTRAINT contract_commissioner_unique UNIQUE (contract_id, commissioner_id)
      )`);
    // At most one co-ordinating commissioner per contract; the api also insists on at least one.
    await queryRunner.query(`
      CREATE UNIQUE INDEX contract_commissioner_one_coordinating
      ON contract_commissioner (contract_id) WHERE is_coordinating`);
    // Visibility starts from the commissioner: "the contracts my organisation is on".
    await queryRunner.query(
      `CREATE INDEX contract_commissioner_commissioner_idx ON contract_commissioner (commissioner_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE obligation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        clause varchar(20) NOT NULL,
        title varchar(300) NOT NULL,
        applies boolean NOT NULL,
        basis varchar(30) NOT NULL CHECK (basis IN ('applies', 'small-provider-exempt', 'provider-kind-not-covered')),
        explanation text NOT NULL,
        scope_status varchar(20) NOT NULL CHECK (scope_status IN ('presumed', 'confirmed')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT obligation_unique UNIQUE (provider_id, contract_year, clause),
        CONSTRAINT obligation_year_well_formed CHECK (${CONTRACT_YEAR_IS_WELL_FORMED('contract_year')})
      )`);
    await queryRunner.query(`
      CREATE TABLE scope_decision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        decided_at timestamptz NOT NULL,
        actor_user_id uuid REFERENCES app_user(id),
        reason varchar(40) NOT NULL CHECK (reason IN ('contract recorded', 'contract changed', 'income changed',
          'provider kind changed', 'rule set changed', 'confirmed')),
        decision jsonb NOT NULL,
        previous jsonb,
        changes jsonb NOT NULL DEFAULT '[]'::jsonb,
        CONSTRAINT scope_decision_year_well_formed CHECK (${CONTRACT_YEAR_IS_WELL_FORMED('contract_year')})
      )`);
    await queryRunner.query(
      `CREATE INDEX scope_decision_provider_year_idx ON scope_decision (provider_id, contract_year, id)`,
    );
    // Scope history is evidence of what was decided and why: like the audit trail, it is never rewritten.
    await queryRunner.query(`
      CREATE FUNCTION scope_decision_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'scope_decision is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER scope_decision_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON scope_decision
      FOR EACH STATEMENT EXECUTE FUNCTION scope_decision_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['scope_decision', 'obligation', 'contract_commissioner', 'contract']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS scope_decision_is_append_only()`);
  }
}
