import { runStatements } from "./runStatements.ts"

/**
 * The double-entry ledger: postings with idempotency keys, their entries (a positive amount
 * debits, a negative one credits), and each budget's allocation schedule. Postings and entries
 * are append-only, and the database itself refuses a posting whose entries do not balance.
 */
export default runStatements([
  `CREATE TABLE ledger_postings (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    budget_id uuid NOT NULL REFERENCES budgets (id),
    kind text NOT NULL,
    idempotency_key text NOT NULL,
    effective_date date NOT NULL,
    memo text NOT NULL,
    details jsonb NOT NULL,
    reverses uuid REFERENCES ledger_postings (id),
    decision_id text,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    UNIQUE (council_id, budget_id, idempotency_key)
  )`,
  `CREATE UNIQUE INDEX ledger_postings_one_reversal ON ledger_postings (reverses) WHERE reverses IS NOT NULL`,
  `CREATE TABLE ledger_entries (
    posting_id uuid NOT NULL REFERENCES ledger_postings (id),
    council_id text NOT NULL,
    budget_id uuid NOT NULL,
    line smallint NOT NULL,
    account text NOT NULL,
    amount_pence bigint NOT NULL CHECK (amount_pence <> 0),
    effective_date date NOT NULL,
    PRIMARY KEY (posting_id, line)
  )`,
  `CREATE INDEX ledger_entries_budget_idx ON ledger_entries (council_id, budget_id, account)`,
  `CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the ledger is append-only: reverse a posting instead' USING ERRCODE = '23514';
    END
  $$`,
  `CREATE TRIGGER ledger_postings_no_update BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`,
  `CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`,
  `CREATE FUNCTION ledger_posting_balances() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT coalesce(sum(amount_pence), 0) FROM ledger_entries WHERE posting_id = NEW.posting_id) <> 0 THEN
        RAISE EXCEPTION 'posting % does not balance', NEW.posting_id USING ERRCODE = '23514';
      END IF;
      RETURN NULL;
    END
  $$`,
  `CREATE CONSTRAINT TRIGGER ledger_entries_balance AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_posting_balances()`,
  // Running balances, updated in the same transaction as the entries and rebuildable from them.
  `CREATE TABLE ledger_balances (
    council_id text NOT NULL,
    budget_id uuid NOT NULL REFERENCES budgets (id),
    account text NOT NULL,
    balance_pence bigint NOT NULL,
    PRIMARY KEY (budget_id, account)
  )`,
  `CREATE TABLE ledger_schedules (
    budget_id uuid PRIMARY KEY REFERENCES budgets (id),
    council_id text NOT NULL,
    schedule jsonb NOT NULL
  )`,
])
