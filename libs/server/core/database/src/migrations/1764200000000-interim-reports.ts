import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interim-report requests (seed 003 §3.4: a commissioner requests at least one interim report from each
 * provider during the year), each with its own due date, reminders and answer; and the commissioner letters
 * sent to every in-scope provider before 1 July and 1 May, so sending them twice sends nothing twice.
 */
export class InterimReports1764200000000 implements MigrationInterface {
  name = 'InterimReports1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE interim_report_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES organisation(id),
        contract_year varchar(7) NOT NULL,
        commissioner_id uuid NOT NULL REFERENCES organisation(id),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL,
        due_date date NOT NULL,
        message text NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'answered')),
        answered_by uuid REFERENCES app_user(id),
        answered_at timestamptz,
        answer jsonb,
        CONSTRAINT interim_report_request_answer_complete
          CHECK ((status = 'answered') = (answered_at IS NOT NULL AND answered_by IS NOT NULL AND answer IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX interim_report_request_provider_idx ON interim_report_request (provider_id, contract_year)`,
    );
    await queryRunner.query(
      `CREATE INDEX interim_report_request_open_idx ON interim_report_request (due_date) WHERE status = 'requested'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS interim_report_request`);
  }
}
