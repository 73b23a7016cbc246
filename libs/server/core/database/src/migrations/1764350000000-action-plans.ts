import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'not-started', 'in-progress', 'complete'`;
const INDICATORS = `'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'`;

/**
 * Action plans (seed 001): a provider's actions for a contract year, each with an owner, a due date and a
 * status, and an append-only history of dated progress updates, each of which may move the status or revise
 * the due date. The action row holds the current status and due date so the reminder sweep and the
 * commissioner's overdue view read one row per action.
 *
 * Also: a report's reviewer. A co-ordinating commissioner gives reports to one of its own users to review;
 * each assignment is a review event, so the trail says who gave it to whom and when.
 */
export class ActionPlans1764350000000 implements MigrationInterface {
  name = 'ActionPlans1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE plan_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        task text NOT NULL CHECK (length(btrim(task)) > 0),
        outcome text,
        indicator varchar(2) CHECK (indicator IN (${INDICATORS})),
        owner_name varchar(200) NOT NULL CHECK (length(btrim(owner_name)) > 0),
        owner_email varchar(320) NOT NULL CHECK (position('@' IN owner_email) > 1),
        due_date date NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'not-started' CHECK (status IN (${STATUSES})),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX plan_action_provider_idx ON plan_action (provider_id, contract_year, due_date)`,
    );
    // The reminder sweep and the overdue view read only open actions, by due date.
    await queryRunner.query(
      `CREATE INDEX plan_action_open_idx ON plan_action (due_date) WHERE status <> 'complete'`,
    );
    await queryRunner.query(`
      CREATE TABLE action_progress_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES plan_action(id),
        at timestamptz NOT NULL,
        by_user_id uuid NOT NULL REFERENCES app_user(id),
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        status varchar(12) CHECK (status IN (${STATUSES})),
        due_date date
      )`);
    await queryRunner.query(
      `CREATE INDEX action_progress_update_action_idx ON action_progress_update (action_id, at)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION action_progress_update_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'action_progress_update is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER action_progress_update_append_only
      BEFORE UPDATE OR DELETE OR TRUNCATE ON action_progress_update
      FOR EACH STATEMENT EXECUTE FUNCTION action_progress_update_is_append_only()`);

    await queryRunner.query(
      `ALTER TABLE assurance_review ADD COLUMN reviewer_id uuid REFERENCES app_user(id)`,
    );
    await queryRunner.query(`ALTER TABLE review_event DROP CONSTRAINT IF EXISTS review_event_kind_check`);
    await queryRunner.query(
      `ALTER TABLE review_event ADD CONSTRAINT review_event_kind_check
       CHECK (kind IN ('transition', 'comment', 'recommendation', 'assignment'))`,
    );
    // An assignment names the reviewer it gave the report to (null: taken back); nothing else does.
    await queryRunner.query(`ALTER TABLE review_event ADD COLUMN reviewer_id uuid REFERENCES app_user(id)`);
    await queryRunner.query(`ALTER TABLE review_event DROP CONSTRAINT review_event_note_has_text`);
    await queryRunner.query(
      `ALTER TABLE review_event ADD CONSTRAINT review_event_note_has_text
       CHECK (kind IN ('transition', 'assignment') OR text IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE review_event ADD CONSTRAINT review_event_reviewer_only_on_assignment
       CHECK (kind = 'assignment' OR reviewer_id IS NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE review_event DROP CONSTRAINT IF EXISTS review_event_reviewer_only_on_assignment`,
    );
    await queryRunner.query(`ALTER TABLE review_event DROP CONSTRAINT IF EXISTS review_event_note_has_text`);
    // The trail is append-only; undoing the migration is the one time assignments may leave it.
    await queryRunner.query(`ALTER TABLE review_event DISABLE TRIGGER review_event_append_only`);
    await queryRunner.query(`DELETE FROM review_event WHERE kind = 'assignment'`);
    await queryRunner.query(`ALTER TABLE review_event ENABLE TRIGGER review_event_append_only`);
    await queryRunner.query(
      `ALTER TABLE review_event ADD CONSTRAINT review_event_note_has_text
       CHECK (kind = 'transition' OR text IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE review_event DROP COLUMN IF EXISTS reviewer_id`);
    await queryRunner.query(`ALTER TABLE review_event DROP CONSTRAINT IF EXISTS review_event_kind_check`);
    await queryRunner.query(
      `ALTER TABLE review_event ADD CONSTRAINT review_event_kind_check
       CHECK (kind IN ('transition', 'comment', 'recommendation'))`,
    );
    await queryRunner.query(`ALTER TABLE assurance_review DROP COLUMN IF EXISTS reviewer_id`);
    await queryRunner.query(`DROP TABLE IF EXISTS action_progress_update`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS action_progress_update_is_append_only()`);
    await queryRunner.query(`DROP TABLE IF EXISTS plan_action`);
  }
}
