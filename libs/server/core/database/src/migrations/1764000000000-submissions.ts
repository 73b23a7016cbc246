import { MigrationInterface, QueryRunner } from 'typeorm';

/** "2015/16": four digits, a slash, and the next year's last two digits. */
const CONTRACT_YEAR_IS_WELL_FORMED = (column: string) =>
  `${column} ~ '^[0-9]{4}/[0-9]{2}$' AND right(${column}, 2)::int = (left(${column}, 4)::int + 1) % 100`;

/**
 * A provider's WRES report for a contract year: one editable draft per obligation, and the versions it
 * submitted. A submitted version is evidence a commissioner assures against, so it is never rewritten: a
 * resubmission is a new version.
 */
export class Submissions1764000000000 implements MigrationInterface {
  name = 'Submissions1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        clause varchar(20) NOT NULL DEFAULT 'SC13.5.2',
        status varchar(20) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
        current_version int NOT NULL DEFAULT 0 CHECK (current_version >= 0),
        draft_document jsonb,
        draft_details jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT submission_unique UNIQUE (provider_id, contract_year, clause),
        CONSTRAINT submission_year_well_formed CHECK (${CONTRACT_YEAR_IS_WELL_FORMED('contract_year')}),
        CONSTRAINT submission_submitted_has_version CHECK ((status = 'submitted') = (current_version > 0))
      )`);
    await queryRunner.query(`
      CREATE TABLE submission_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id),
        version int NOT NULL CHECK (version >= 1),
        document jsonb NOT NULL,
        details jsonb NOT NULL,
        indicators jsonb NOT NULL,
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        submitted_at timestamptz NOT NULL,
        submitted_by uuid NOT NULL REFERENCES app_user(id),
        late boolean NOT NULL,
        late_reason text,
        CONSTRAINT submission_version_unique UNIQUE (submission_id, version),
        CONSTRAINT submission_version_late_has_reason CHECK (NOT late OR late_reason IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION submission_version_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'submission_version is append-only: resubmit to make a new version';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER submission_version_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON submission_version
      FOR EACH STATEMENT EXECUTE FUNCTION submission_version_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS submission_version`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS submission_version_is_append_only()`);
    await queryRunner.query(`DROP TABLE IF EXISTS submission`);
  }
}
