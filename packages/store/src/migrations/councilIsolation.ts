/**
 * Statements that put a tenant table under row-level security: the application role gets the
 * given privileges on it, and sees and writes only rows whose `council_id` is the council set
 * for the transaction (nothing when none is set). FORCE makes the policy bind the table's owner
 * too, unless a superuser. Every migration that adds a tenant table calls this for it, so a
 * table is never readable by the application without the policy.
 *
 * Shipped migrations depend on these statements: change them only by adding a new helper.
 */
export const isolateByCouncil = (table: string, privileges: string): ReadonlyArray<string> => [
  `GRANT ${privileges} ON ${table} TO openpb_app`,
  `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
  `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
  `CREATE POLICY council_isolation ON ${table}
    USING (council_id = current_setting('openpb.council_id', true))
    WITH CHECK (council_id = current_setting('openpb.council_id', true))`,
]
