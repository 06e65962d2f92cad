import { runStatements } from "./runStatements.ts"

/** The audit trail: every read and write of personal data, append-only. */
export default runStatements([
  `CREATE TABLE audit_log (
    position bigserial PRIMARY KEY,
    council_id text NOT NULL,
    actor_subject text NOT NULL,
    actor_roles text[] NOT NULL,
    operation text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('read', 'write')),
    person_id text,
    api text NOT NULL,
    request_id text NOT NULL,
    purpose text,
    at timestamptz NOT NULL
  )`,
  `CREATE INDEX audit_log_person_idx ON audit_log (council_id, person_id, position)`,
  `CREATE INDEX audit_log_actor_idx ON audit_log (council_id, actor_subject, position)`,
  `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = '23514';
    END
  $$`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
])
