import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * Webhooks from the event log as outbox. A subscription is a council's endpoint, the event types
 * it asked for and its signing secret. A delivery is one event owed to one subscription, queued
 * in the same transaction as the event itself (the event log's append writes both), so no event
 * is lost between a change and its webhook. The runner takes due deliveries with
 * `FOR UPDATE SKIP LOCKED` and leases them (`locked_until`) while it sends, so two processes never
 * send the same one at once; the aggregate's columns let it hold back an aggregate's later event
 * until its earlier one went through.
 */
export default runStatements([
  `CREATE TABLE webhook_subscriptions (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    url text NOT NULL,
    event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
    secret text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX webhook_subscriptions_council_idx ON webhook_subscriptions (council_id, created_at)`,
  `CREATE TABLE webhook_deliveries (
    subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_position bigint NOT NULL REFERENCES domain_events (position),
    council_id text NOT NULL,
    aggregate_type text NOT NULL,
    aggregate_id text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    locked_until timestamptz,
    delivered_at timestamptz,
    last_status integer,
    last_error text,
    PRIMARY KEY (subscription_id, event_position)
  )`,
  // What the runner scans: a council's deliveries not yet made, by when they are due.
  `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (council_id, next_attempt_at)
    WHERE delivered_at IS NULL`,
  // Whether an aggregate has an earlier delivery still owed to the same subscription.
  `CREATE INDEX webhook_deliveries_aggregate_idx
    ON webhook_deliveries (subscription_id, aggregate_type, aggregate_id, event_position)
    WHERE delivered_at IS NULL`,
  ...isolateByCouncil("webhook_subscriptions", "SELECT, INSERT, DELETE"),
  ...isolateByCouncil("webhook_deliveries", "SELECT, INSERT, UPDATE, DELETE"),
])
