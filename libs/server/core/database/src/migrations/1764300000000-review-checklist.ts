import { MigrationInterface, QueryRunner } from 'typeorm';

const HUMAN_ITEMS = `'narrative-addresses-gaps', 'actions-owned-and-dated'`;
const RATINGS = `'red', 'amber', 'green'`;

/**
 * The assurance checklist's human items, rated per review by the co-ordinating commissioner (or proposed by
 * a CSU analyst with a recommendation), kept as an append-only history like the review's events: the latest
 * rating of each item counts. Each year may have its own checklist settings; a year without uses the
 * defaults in code. Review events now record the version under review, so a trail names what each step was
 * about; events from before stay without one and are read by their time.
 */
export class ReviewChecklist1764300000000 implements MigrationInterface {
  name = 'ReviewChecklist1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE review_event ADD COLUMN version int CHECK (version >= 1)`);
    await queryRunner.query(`
      CREATE TABLE review_checklist_rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES assurance_review(id),
        item varchar(40) NOT NULL CHECK (item IN (${HUMAN_ITEMS})),
        rating varchar(5) NOT NULL CHECK (rating IN (${RATINGS})),
        note text,
        proposed boolean NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        rated_by uuid NOT NULL REFERENCES app_user(id),
        rated_by_organisation uuid NOT NULL REFERENCES organisation(id),
        rated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX review_checklist_rating_review_idx ON review_checklist_rating (review_id, item, proposed, rated_at DESC)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION review_checklist_rating_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_checklist_rating is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER review_checklist_rating_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON review_checklist_rating
      FOR EACH STATEMENT EXECUTE FUNCTION review_checklist_rating_is_append_only()`);
    await queryRunner.query(`
      CREATE TABLE checklist_setting (
        contract_year varchar(7) PRIMARY KEY,
        settings jsonb NOT NULL,
        updated_by uuid NOT NULL REFERENCES app_user(id),
        updated_at timestamptz NOT NULL
      )`);
    // The review queue lists reports by state for a year.
    await queryRunner.query(`CREATE INDEX assurance_review_state_idx ON assurance_review (state)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS assurance_review_state_idx`);
    await queryRunner.query(`DROP TABLE IF EXISTS checklist_setting`);
    await queryRunner.query(`DROP TABLE IF EXISTS review_checklist_rating`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS review_checklist_rating_is_append_only()`);
    await queryRunner.query(`ALTER TABLE review_event DROP COLUMN IF EXISTS version`);
  }
}
