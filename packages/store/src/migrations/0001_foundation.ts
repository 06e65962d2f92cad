import { runStatements } from "./runStatements.ts"

/** People, budgets and the domain event trail, each row carrying its council. */
export default runStatements([
  `CREATE TABLE people (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    date_of_birth date,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX people_council_idx ON people (council_id, id)`,
  `CREATE TABLE budgets (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    person_id uuid NOT NULL REFERENCES people (id),
    status text NOT NULL CHECK (status IN ('indicative', 'active', 'suspended', 'ended')),
    amount_pence bigint NOT NULL CHECK (amount_pence >= 0),
    funding_streams jsonb NOT NULL CHECK (jsonb_typeof(funding_streams) = 'array'),
    delivery_mechanism text NOT NULL
      CHECK (delivery_mechanism IN ('notional', 'third-party', 'direct-payment')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX budgets_council_idx ON budgets (council_id, id)`,
  `CREATE INDEX budgets_person_idx ON budgets (person_id)`,
  `CREATE TABLE domain_events (
    position bigserial PRIMARY KEY,
    council_id text NOT NULL,
    type text NOT NULL,
    aggregate_type text NOT NULL,
    aggregate_id text NOT NULL,
    actor_subject text NOT NULL,
    payload jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX domain_events_aggregate_idx ON domain_events (aggregate_type, aggregate_id, position)`,
  // The trail is append-only: no role may rewrite history through the application.
  `CREATE FUNCTION domain_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'domain_events is append-only' USING ERRCODE = '23514';
    END
  $$`,
  `CREATE TRIGGER domain_events_no_update BEFORE UPDATE OR DELETE ON domain_events
    FOR EACH ROW EXECUTE FUNCTION domain_events_append_only()`,
])
