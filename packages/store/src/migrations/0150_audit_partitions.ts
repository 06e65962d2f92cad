import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * The audit trail partitioned by month (of `at`, in UTC), so that writing it and finding one
 * person's rows stay fast at hundreds of millions of rows, and old months can be archived a
 * partition at a time. The rows already stored move over unchanged (same positions); the
 * position sequence carries on. A default partition takes any row outside the months created.
 *
 * The application role may only insert and read it under its council, as before; a trigger on
 * every partition refuses UPDATE and DELETE to everyone, the owner included.
 */
export default runStatements([
  `ALTER TABLE audit_log RENAME TO audit_log_unpartitioned`,
  `ALTER TABLE audit_log_unpartitioned RENAME CONSTRAINT audit_log_pkey TO audit_log_unpartitioned_pkey`,
  `ALTER INDEX audit_log_person_idx RENAME TO audit_log_unpartitioned_person_idx`,
  `ALTER INDEX audit_log_actor_idx RENAME TO audit_log_unpartitioned_actor_idx`,
  // The sequence outlives the old table: positions keep growing from where they were.
  `ALTER SEQUENCE audit_log_position_seq OWNED BY NONE`,
  `CREATE TABLE audit_log (
    position bigint NOT NULL DEFAULT nextval('audit_log_position_seq'),
    council_id text NOT NULL,
    actor_subject text NOT NULL,
    actor_roles text[] NOT NULL,
    operation text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('read', 'write')),
    person_id text,
    api text NOT NULL,
    request_id text NOT NULL,
    purpose text,
    at timestamptz NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (position, at)
  ) PARTITION BY RANGE (at)`,
  `ALTER SEQUENCE audit_log_position_seq OWNED BY audit_log.position`,
  // Partitions are reached through the parent, whose policy applies and which alone the
  // application role is granted; each carries the council policy too, so a partition read
  // directly (by its owner) is isolated as well.
  `CREATE FUNCTION audit_log_isolate_partition(name text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
      EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
      EXECUTE format('CREATE POLICY council_isolation ON %I
        USING (council_id = current_setting(''openpb.council_id'', true))
        WITH CHECK (council_id = current_setting(''openpb.council_id'', true))', name);
    END
  $$`,
  `REVOKE ALL ON FUNCTION audit_log_isolate_partition(text) FROM PUBLIC`,
  `CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT`,
  `SELECT audit_log_isolate_partition('audit_log_default')`,
  // One month's partition, named audit_log_YYYY_MM. Made by the owner (the application role
  // cannot create tables); a month another process made first, or whose rows already sit in the
  // default partition (they stay there), is left as it is.
  `CREATE FUNCTION audit_log_add_partition(month_start timestamptz) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE
      first_instant timestamptz := date_trunc('month', month_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
      name text := 'audit_log_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
    BEGIN
      IF to_regclass(name) IS NOT NULL THEN RETURN; END IF;
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)',
        name, first_instant, first_instant + interval '1 month');
      PERFORM audit_log_isolate_partition(name);
    EXCEPTION WHEN duplicate_table OR unique_violation OR check_violation THEN NULL;
    END
  $$`,
  /** This month's partition and the next `months_ahead` (at most 24). */
  `CREATE FUNCTION audit_log_add_partitions(months_ahead integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    BEGIN
      FOR m IN 0..greatest(0, least(months_ahead, 24)) LOOP
        PERFORM audit_log_add_partition(now() + make_interval(months => m));
      END LOOP;
    END
  $$`,
  `REVOKE ALL ON FUNCTION audit_log_add_partition(timestamptz) FROM PUBLIC`,
  `REVOKE ALL ON FUNCTION audit_log_add_partitions(integer) FROM PUBLIC`,
  `GRANT EXECUTE ON FUNCTION audit_log_add_partitions(integer) TO openpb_app`,
  // A partition for every month the stored rows span, and the coming year's.
  `DO $$ DECLARE month timestamptz;
  BEGIN
    FOR month IN SELECT DISTINCT date_trunc('month', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
                 FROM audit_log_unpartitioned LOOP
      PERFORM audit_log_add_partition(month);
    END LOOP;
    PERFORM audit_log_add_partitions(12);
  END $$`,
  `INSERT INTO audit_log (position, council_id, actor_subject, actor_roles, operation, kind,
                          person_id, api, request_id, purpose, at)
   SELECT position, council_id, actor_subject, actor_roles, operation, kind, person_id, api,
          request_id, purpose, at
   FROM audit_log_unpartitioned`,
  `DROP TABLE audit_log_unpartitioned`,
  // "Who saw my record" and "what did this person do", newest first, in every partition.
  `CREATE INDEX audit_log_person_idx ON audit_log (council_id, person_id, position)`,
  `CREATE INDEX audit_log_actor_idx ON audit_log (council_id, actor_subject, position)`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  ...isolateByCouncil("audit_log", "SELECT, INSERT"),
])
