import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder pauses: a co-ordinating commissioner stops the automatic reminders to one provider for one contract
 * year, with a reason (a provider in special measures, a report agreed late). A pause is ended, never deleted,
 * so the history of who paused and resumed stays on the provider's timeline. Also an index so a provider's
 * emails (the chasing timeline and board) are found by recipient rather than by scanning the outbox.
 */
export class ReminderPauses1764250000000 implements MigrationInterface {
  name = 'ReminderPauses1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reminder_pause (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        commissioner_id uuid NOT NULL REFERENCES organisation(id),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        paused_by uuid NOT NULL REFERENCES app_user(id),
        paused_at timestamptz NOT NULL,
        resumed_by uuid REFERENCES app_user(id),
        resumed_at timestamptz,
        CONSTRAINT reminder_pause_resumed_complete CHECK ((resumed_at IS NULL) = (resumed_by IS NULL))
      )`);
    // At most one pause in force per provider and year; ended ones are history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX reminder_pause_active_unique ON reminder_pause (provider_id, contract_year)
       WHERE resumed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX outbound_email_recipient_idx ON outbound_email (recipient)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS outbound_email_recipient_idx`);
    await queryRunner.query(`DROP TABLE IF EXISTS reminder_pause`);
  }
}
