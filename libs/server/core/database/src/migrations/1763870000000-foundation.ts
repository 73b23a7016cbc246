import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, relationships, users, account tokens, sessions, audit, outbox and login throttling. */
export class Foundation1763870000000 implements MigrationInterface {
  name = 'Foundation1763870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ods_code varchar(10) NOT NULL,
        name varchar(200) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('csu', 'ccg', 'icb', 'provider')),
        provider_kind varchar(20) CHECK (provider_kind IN ('nhs-trust', 'foundation-trust', 'independent', 'voluntary', 'primary-care')),
        valid_from date,
        valid_to date,
        successor_id uuid REFERENCES organisation(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_ods_code_unique UNIQUE (ods_code),
        CONSTRAINT organisation_provider_kind_only_for_providers CHECK ((kind = 'provider') = (provider_kind IS NOT NULL)),
        CONSTRAINT organisation_validity_ordered CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
      )`);
    await queryRunner.query(`
      CREATE TABLE organisation_relationship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(20) NOT NULL CHECK (kind IN ('supports', 'commissions')),
        from_organisation_id uuid NOT NULL REFERENCES organisation(id),
        to_organisation_id uuid NOT NULL REFERENCES organisation(id),
        valid_from date,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_relationship_unique UNIQUE (kind, from_organisation_id, to_organisation_id),
        CONSTRAINT organisation_relationship_not_self CHECK (from_organisation_id <> to_organisation_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX organisation_relationship_to_idx ON organisation_relationship (to_organisation_id, kind)`,
    );
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(320) NOT NULL CHECK (email = lower(email)),
        display_name varchar(200) NOT NULL,
        role varchar(30) NOT NULL CHECK (role IN ('provider-submitter', 'commissioner', 'csu-analyst', 'admin')),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        password_hash text,
        status varchar(20) NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
        last_signed_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_unique UNIQUE (email),
        CONSTRAINT app_user_active_has_password CHECK (status <> 'active' OR password_hash IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX app_user_organisation_idx ON app_user (organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        purpose varchar(20) NOT NULL CHECK (purpose IN ('invitation', 'password-reset')),
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_token_hash_unique UNIQUE (token_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_organisation_id uuid,
        action varchar(80) NOT NULL,
        entity_type varchar(80) NOT NULL,
        entity_id varchar(80),
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        request_id varchar(100)
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at)`,
    );
    // The audit trail is evidence: the database itself refuses to change or remove it.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`
      CREATE TABLE outbound_email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key varchar(200),
        template varchar(60) NOT NULL,
        recipient varchar(320) NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        status varchar(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        subject varchar(300),
        message_id varchar(300),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outbound_email_dedupe_key_unique UNIQUE (dedupe_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX outbound_email_pending_idx ON outbound_email (created_at) WHERE status = 'pending'`,
    );
    // Sessions live in PostgreSQL (connect-pg-simple's schema) so any api replica can serve any user.
    await queryRunner.query(`
      CREATE TABLE user_session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX user_session_expire_idx ON user_session (expire)`);
    // Failed sign-ins per account and address (rate-limiter-flexible's PostgreSQL schema), shared by replicas.
    await queryRunner.query(`
      CREATE TABLE login_failure (
        key varchar(255) PRIMARY KEY,
        points int NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'login_failure',
      'user_session',
      'outbound_email',
      'audit_event',
      'account_token',
      'app_user',
      'organisation_relationship',
      'organisation',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_event_is_append_only()`);
  }
}
