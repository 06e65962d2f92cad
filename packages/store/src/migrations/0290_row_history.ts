import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/** The tables whose rows reports read, and so must be readable as they stood on a past day. */
const TRACKED = ["people", "carers", "journeys", "budgets", "challenges"] as const

/**
 * Every state a report reads, kept with when it was recorded, so a return or report can be
 * produced again as at any past day (Care Act guidance and the returns' own revisions ask for
 * figures as they stood when they were sent). A trigger on each tracked table appends the row
 * as it now stands after every insert and update, and a tombstone after a delete: the
 * application cannot forget to write it, nor rewrite it (the table is append-only).
 *
 * `recorded_at` is the transaction's time as the application's clock gives it (set with the
 * council for the transaction, `openpb.recorded_at`), else the database's: the same instant the
 * ledger's `created_at` uses, so statements and reports agree on what was known by a day.
 * Rows already stored are taken as known from their own dates.
 */
export default runStatements([
  `CREATE TABLE row_history (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id text NOT NULL,
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    recorded_at timestamptz NOT NULL,
    row_data jsonb
  )`,
  // What an as-at read walks: one table's rows of a council in id order, the newest state first.
  `CREATE INDEX row_history_as_at_idx
    ON row_history (council_id, table_name, row_id, recorded_at DESC, seq DESC)`,
  `CREATE FUNCTION row_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'row_history is append-only' USING ERRCODE = '23514';
    END
  $$`,
  `CREATE TRIGGER row_history_no_update BEFORE UPDATE OR DELETE ON row_history
    FOR EACH ROW EXECUTE FUNCTION row_history_append_only()`,
  `CREATE FUNCTION record_row_history() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      at timestamptz := coalesce(nullif(current_setting('openpb.recorded_at', true), '')::timestamptz, now());
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
        VALUES (OLD.council_id, TG_TABLE_NAME, OLD.id, at, NULL);
      ELSE
        INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
        VALUES (NEW.council_id, TG_TABLE_NAME, NEW.id, at, to_jsonb(NEW));
      END IF;
      RETURN NULL;
    END
  $$`,
  ...TRACKED.map(
    (table) => `CREATE TRIGGER ${table}_row_history AFTER INSERT OR UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION record_row_history()`,
  ),
  `INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
    SELECT council_id, 'people', id, created_at, to_jsonb(p) FROM people p`,
  `INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
    SELECT c.council_id, 'carers', c.id, p.created_at, to_jsonb(c)
    FROM carers c JOIN people p ON p.id = c.person_id`,
  `INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
    SELECT council_id, 'journeys', id, updated_at, to_jsonb(j) FROM journeys j`,
  `INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
    SELECT council_id, 'budgets', id, created_at, to_jsonb(b) FROM budgets b`,
  `INSERT INTO row_history (council_id, table_name, row_id, recorded_at, row_data)
    SELECT council_id, 'challenges', id, lodged_at, to_jsonb(c) FROM challenges c`,
  ...isolateByCouncil("row_history", "SELECT, INSERT"),
])
