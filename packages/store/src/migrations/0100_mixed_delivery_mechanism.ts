import { runStatements } from "./runStatements.ts"

/**
 * A budget whose approved plan's lines are held in more than one way is `mixed`. Until this
 * release such a budget was stored as `third-party`; it becomes `mixed` when the lines in force
 * (the approved version's, less any refused) use more than one mechanism. A budget that is truly
 * held by a third party keeps its word.
 */
export default runStatements([
  `ALTER TABLE budgets DROP CONSTRAINT budgets_delivery_mechanism_check`,
  `ALTER TABLE budgets ADD CONSTRAINT budgets_delivery_mechanism_check
    CHECK (delivery_mechanism IN ('notional', 'third-party', 'direct-payment', 'mixed'))`,
  // Row-level security binds the tables' owner too (FORCE): lifted inside this transaction only,
  // so the update reaches every council's budgets, and bound again before it commits.
  `ALTER TABLE budgets NO FORCE ROW LEVEL SECURITY`,
  `ALTER TABLE journeys NO FORCE ROW LEVEL SECURITY`,
  `UPDATE budgets b SET delivery_mechanism = 'mixed'
    FROM journeys j
    WHERE j.budget_id = b.id
      AND b.delivery_mechanism = 'third-party'
      AND (SELECT count(DISTINCT line->>'deliveryMechanism')
           FROM jsonb_array_elements(j.data->'plans') AS plan,
                jsonb_array_elements(plan->'content'->'lines') AS line
           WHERE plan->>'version' = j.data->'approved'->>'planVersion'
             AND NOT EXISTS (
               SELECT 1
               FROM jsonb_array_elements(coalesce(j.data->'approved'->'refusedLines', '[]'::jsonb))
                 AS refused
               WHERE refused->>'lineId' = line->>'id')) > 1`,
  `ALTER TABLE budgets FORCE ROW LEVEL SECURITY`,
  `ALTER TABLE journeys FORCE ROW LEVEL SECURITY`,
])
