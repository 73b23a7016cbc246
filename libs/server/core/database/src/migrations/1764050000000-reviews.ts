import { MigrationInterface, QueryRunner } from 'typeorm';

const STATES = `'submitted', 'in-review', 'changes-requested', 'resubmitted', 'assured', 'not-assured'`;

/**
 * Assurance of a submitted report: one review per submission holding where it is, and an append-only trail
 * of every transition, comment and recommendation. The decision is evidence of due regard, so the trail is
 * never rewritten.
 */
export class Reviews1764050000000 implements MigrationInterface {
  name = 'Reviews1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assurance_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id),
        state varchar(20) NOT NULL DEFAULT 'submitted' CHECK (state IN (${STATES})),
        reviewed_version int NOT NULL CHECK (reviewed_version >= 1),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assurance_review_submission_unique UNIQUE (submission_id),
        CONSTRAINT assurance_review_decision_complete CHECK ((decided_by IS NULL) = (decided_at IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE review_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES assurance_review(id),
        at timestamptz NOT NULL,
        actor_user_id uuid REFERENCES app_user(id),
        actor_organisation_id uuid REFERENCES organisation(id),
        kind varchar(20) NOT NULL CHECK (kind IN ('transition', 'comment', 'recommendation')),
        from_state varchar(20) CHECK (from_state IN (${STATES})),
        to_state varchar(20) CHECK (to_state IN (${STATES})),
        indicator varchar(10),
        text text,
        CONSTRAINT review_event_transition_has_state CHECK ((kind = 'transition') = (to_state IS NOT NULL)),
        CONSTRAINT review_event_note_has_text CHECK (kind = 'transition' OR text IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX review_event_review_idx ON review_event (review_id, at)`);
    await queryRunner.query(`
      CREATE FUNCTION review_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER review_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON review_event
      FOR EACH STATEMENT EXECUTE FUNCTION review_event_is_append_only()`);
    // Reports submitted before reviews existed wait for review at their latest version.
    await queryRunner.query(`
      INSERT INTO assurance_review (submission_id, state, reviewed_version)
      SELECT id, 'submitted', current_version FROM submission WHERE current_version > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS review_event`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS review_event_is_append_only()`);
    await queryRunner.query(`DROP TABLE IF EXISTS assurance_review`);
  }
}
