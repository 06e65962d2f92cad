import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * Row-level security under the store's own council filters: the application role `openpb_app`
 * (not a superuser, cannot log in, cannot bypass row-level security) and a council policy on
 * every tenant table. Privileges follow what the store does: append-only tables get no UPDATE
 * or DELETE at all. `openpb_migrations` holds no council's data and stays the owner's alone.
 */
export default runStatements([
  // Roles belong to the whole cluster, which several databases or schemas may share, and their
  // migrations may race to create it.
  `DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'openpb_app') THEN
      CREATE ROLE openpb_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$`,
  // The owner switches its connections to the role, which needs membership unless a superuser.
  `DO $$ BEGIN
    IF NOT pg_has_role(current_user, 'openpb_app', 'MEMBER') THEN
      EXECUTE format('GRANT openpb_app TO %I', current_user);
    END IF;
  END $$`,
  `DO $$ BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO openpb_app', current_schema());
  END $$`,
  ...isolateByCouncil("people", "SELECT, INSERT, UPDATE"),
  ...isolateByCouncil("budgets", "SELECT, INSERT, UPDATE"),
  ...isolateByCouncil("carers", "SELECT, INSERT, UPDATE"),
  ...isolateByCouncil("journeys", "SELECT, INSERT, UPDATE"),
  ...isolateByCouncil("decisions", "SELECT, INSERT"),
  ...isolateByCouncil("challenges", "SELECT, INSERT, UPDATE"),
  // The event trail doubles as the outbox: publishing it from here goes council by council too.
  ...isolateByCouncil("domain_events", "SELECT, INSERT"),
  // The batched read audit writes several councils' rows in one transaction, each under its own.
  ...isolateByCouncil("audit_log", "SELECT, INSERT"),
  ...isolateByCouncil("ledger_postings", "SELECT, INSERT"),
  ...isolateByCouncil("ledger_entries", "SELECT, INSERT"),
  // Running balances are rebuilt from the entries by deleting and summing again.
  ...isolateByCouncil("ledger_balances", "SELECT, INSERT, UPDATE, DELETE"),
  ...isolateByCouncil("ledger_schedules", "SELECT, INSERT, UPDATE"),
  `GRANT USAGE ON SEQUENCE domain_events_position_seq, audit_log_position_seq TO openpb_app`,
])
