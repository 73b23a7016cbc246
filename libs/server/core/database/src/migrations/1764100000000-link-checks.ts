import { MigrationInterface, QueryRunner } from 'typeorm';

const LINKS = `'published-report', 'action-plan'`;
const OUTCOMES = `'reachable', 'not-found', 'http-error', 'timeout', 'too-large', 'too-many-redirects',
  'refused-address', 'invalid-url', 'network-error', 'missing'`;

/**
 * What the worker found when it followed a submitted version's links: one row per link per check, kept as a
 * history, so a commissioner can see that the published report worked when checked and whether it changed.
 */
export class LinkChecks1764100000000 implements MigrationInterface {
  name = 'LinkChecks1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE link_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        link varchar(20) NOT NULL CHECK (link IN (${LINKS})),
        url text,
        outcome varchar(20) NOT NULL CHECK (outcome IN (${OUTCOMES})),
        returns_document boolean NOT NULL,
        explanation text NOT NULL,
        http_status int CHECK (http_status BETWEEN 100 AND 999),
        final_url text,
        content_type varchar(200),
        bytes_read int NOT NULL CHECK (bytes_read >= 0),
        content_sha256 char(64) CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
        checked_at timestamptz NOT NULL,
        elapsed_ms int NOT NULL CHECK (elapsed_ms >= 0),
        CONSTRAINT link_check_version_fk FOREIGN KEY (submission_id, version)
          REFERENCES submission_version (submission_id, version),
        CONSTRAINT link_check_missing_has_no_url CHECK ((outcome = 'missing') = (url IS NULL)),
        CONSTRAINT link_check_document_is_reachable CHECK (NOT returns_document OR outcome = 'reachable')
      )`);
    // The latest check of each link of a version, and a version's history, are read by this index.
    await queryRunner.query(
      `CREATE INDEX link_check_submission_idx ON link_check (submission_id, version, link, checked_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS link_check`);
  }
}
