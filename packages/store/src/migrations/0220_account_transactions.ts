import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * The transactions of budgets' direct-payment accounts, read from their statements. One row per
 * (council, budget, source, source id), so importing the same file again adds nothing and a
 * pending card transaction settles in place. Amounts are whole pence, money out below zero.
 * A booked payment out is matched to a plan line (its spending posting named) or queued.
 */
export default runStatements([
  `CREATE TABLE account_transactions (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    budget_id uuid NOT NULL REFERENCES budgets (id),
    source text NOT NULL CHECK (source IN ('bank-csv', 'ofx', 'camt053', 'card-csv')),
    source_id text NOT NULL,
    status text NOT NULL CHECK (status IN ('booked', 'pending')),
    booking_date date NOT NULL,
    amount_pence integer NOT NULL,
    counterparty text NOT NULL,
    merchant_category_code text CHECK (merchant_category_code ~ '^[0-9]{4}$'),
    reference text NOT NULL,
    state text NOT NULL CHECK (state IN ('pending', 'queued', 'matched', 'not-spending')),
    line_id text,
    category text,
    posting_id uuid REFERENCES ledger_postings (id),
    matched_by text,
    queue_reason text,
    imported_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (council_id, budget_id, source, source_id),
    CHECK ((state = 'matched') = (posting_id IS NOT NULL)),
    CHECK (state <> 'pending' OR status = 'pending')
  )`,
  `CREATE INDEX account_transactions_queue_idx
     ON account_transactions (council_id, budget_id, booking_date, id) WHERE state = 'queued'`,
  ...isolateByCouncil("account_transactions", "SELECT, INSERT, UPDATE"),
])
