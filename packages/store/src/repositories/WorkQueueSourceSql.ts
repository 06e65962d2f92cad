import { DecisionFlag, type WorkItemKind, WorkQueueSource, type WorkQueueRow } from "@openpb/core"
import { Effect, Layer, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"

const londonDate = (column: string) =>
  `to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`

interface Row {
  readonly kind: WorkItemKind
  readonly due_date: string
  readonly journey_id: string | null
  readonly person_id: string
  readonly assignee: string | null
  readonly subject_id: string
  readonly detail: string | null
  readonly flags: ReadonlyArray<string>
}

const isFlag = Schema.is(DecisionFlag)

/** The plan in force has a direct-payment line (a line the approver refused is not part of it). */
const HAS_DIRECT_PAYMENT_LINE = `EXISTS (
    SELECT 1 FROM jsonb_array_elements(j.data->'plans') plan
      CROSS JOIN LATERAL jsonb_array_elements(plan->'content'->'lines') line
     WHERE (plan->>'version')::int = (j.data->'approved'->>'planVersion')::int
       AND line->>'deliveryMechanism' = 'direct-payment'
       -- approvedLinesOf: refused lines are left out.
       AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(
                         COALESCE(j.data->'approved'->'refusedLines', '[]'::jsonb)) r
                        WHERE r->>'lineId' = line->>'id'))`

/**
 * Every open item of the council as one ordered union, so a page is one query however many
 * journeys there are. Dates are London calendar days, compared as ISO text.
 */
const openItems = `
  SELECT 'review-due' AS kind, r->>'dueDate' AS due_date, j.id::text AS journey_id,
         j.person_id::text AS person_id, j.practitioner AS assignee, r->>'id' AS subject_id,
         r->>'clock' AS detail, '{}'::text[] AS flags
    FROM journeys j CROSS JOIN LATERAL jsonb_array_elements(j.data->'reviews') r
   WHERE j.council_id = $council AND j.stage NOT IN ('ended', 'declined')
     AND r->>'status' = 'due'
  UNION ALL
  SELECT 'challenge-response', c.deadline::text, latest.id::text, c.person_id::text,
         latest.practitioner, c.id::text, d.kind, '{}'::text[]
    FROM challenges c
    JOIN decisions d ON d.id = c.decision_id
    LEFT JOIN LATERAL (SELECT id, practitioner FROM journeys
                        WHERE council_id = c.council_id AND person_id = c.person_id
                        ORDER BY opened_at DESC LIMIT 1) latest ON true
   WHERE c.council_id = $council AND c.status IN ('lodged', 'under-review')
  UNION ALL
  SELECT 'plan-approval', ${londonDate("j.updated_at")}, j.id::text, j.person_id::text,
         j.practitioner, j.id::text, NULL, '{}'::text[]
    FROM journeys j
   WHERE j.council_id = $council AND j.stage = 'awaiting-approval'
  UNION ALL
  SELECT 'contingency-ending', j.data->'contingency'->>'until', j.id::text, j.person_id::text,
         j.practitioner, j.data->'contingency'->>'decisionId', NULL, '{}'::text[]
    FROM journeys j
   WHERE j.council_id = $council AND jsonb_typeof(j.data->'contingency') = 'object'
     AND j.stage NOT IN ('ended', 'declined')
  UNION ALL
  SELECT 'recovery-window',
         to_char((d.made_at AT TIME ZONE 'Europe/London')::date
                 + COALESCE((d.amounts->>'responseWindowDays')::int, 0), 'YYYY-MM-DD'),
         j.id::text, d.person_id::text, j.practitioner, d.id::text, NULL, d.flags
    FROM decisions d
    LEFT JOIN journeys j ON j.council_id = d.council_id AND j.budget_id::text = d.subject_id
   WHERE d.council_id = $council AND d.kind = 'clawback'
     AND d.outcome IN ('proposed-recovery', 'proposed-offset')
     AND NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes = d.id)
     AND NOT EXISTS (SELECT 1 FROM ledger_postings p
                      WHERE p.council_id = d.council_id AND p.budget_id::text = d.subject_id
                        AND p.idempotency_key = 'recovery:' || d.id::text)
  UNION ALL
  SELECT 'statement-due',
         to_char(COALESCE(
           (SELECT max(e.payload->>'periodEnd') FROM domain_events e
             WHERE e.council_id = j.council_id AND e.aggregate_type = 'Budget'
               AND e.aggregate_id = j.budget_id::text AND e.type = 'DirectPaymentStatementReceived'),
           s.schedule->>'startDate')::date + 7 * $weeks, 'YYYY-MM-DD'),
         j.id::text, j.person_id::text, j.practitioner, j.budget_id::text, NULL, '{}'::text[]
    FROM journeys j
    JOIN ledger_schedules s ON s.budget_id = j.budget_id
   WHERE j.council_id = $council AND j.stage IN ('active', 'under-review')
     AND ${HAS_DIRECT_PAYMENT_LINE}`

/**
 * The no-spend check: a running budget with a direct-payment line whose account has had no
 * spending (a reversed one does not count) for the policy's weeks, from the last spending or,
 * with none, from the day the allocations started. Not while the budget is suspended.
 */
const noSpendItems = `
  SELECT 'no-spending',
         to_char(COALESCE(last.spent_on, (s.schedule->>'startDate')::date) + 7 * $noSpendWeeks,
                 'YYYY-MM-DD'),
         j.id::text, j.person_id::text, j.practitioner, j.budget_id::text,
         to_char(last.spent_on, 'YYYY-MM-DD'), '{}'::text[]
    FROM journeys j
    JOIN ledger_schedules s ON s.budget_id = j.budget_id
    LEFT JOIN LATERAL (
      SELECT max(p.effective_date) AS spent_on FROM ledger_postings p
       WHERE p.council_id = j.council_id AND p.budget_id = j.budget_id AND p.kind = 'spending'
         AND EXISTS (SELECT 1 FROM ledger_entries e
                      WHERE e.posting_id = p.id AND e.account LIKE 'held:direct-payment:%')
         AND NOT EXISTS (SELECT 1 FROM ledger_postings r WHERE r.reverses = p.id)) last ON true
   WHERE j.council_id = $council AND j.stage IN ('active', 'under-review')
     AND jsonb_typeof(j.data->'suspension') IS DISTINCT FROM 'object'
     AND ${HAS_DIRECT_PAYMENT_LINE}`

export const WorkQueueSourceSql = Layer.effect(
  WorkQueueSource,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return WorkQueueSource.of({
      items: (councilId, filter) => {
        if (filter.kinds.length === 0) return Effect.succeed([])
        // The policy's period is a whole number of weeks; it is written into the query as one.
        const weeks = Math.trunc(filter.statementEveryWeeks)
        const union =
          filter.noSpendWeeks === undefined
            ? openItems
            : `${openItems} UNION ALL ${noSpendItems.replaceAll("$noSpendWeeks", String(Math.trunc(filter.noSpendWeeks)))}`
        const items = sql.literal(
          `(${union
            .replaceAll("$council", "current_setting('openpb.council_id', true)")
            .replaceAll("$weeks", String(weeks))})`,
        )
        return sql<Row>`
          SELECT kind, due_date, journey_id, person_id, assignee, subject_id, detail, flags FROM ${items} items
           WHERE kind IN ${sql.in(filter.kinds)}
             ${filter.assignee === undefined ? sql`` : sql`AND assignee = ${filter.assignee}`}
             ${filter.dueBy === undefined ? sql`` : sql`AND due_date <= ${filter.dueBy}`}
             ${
               filter.flags === undefined
                 ? sql``
                 : filter.flags.length === 0
                   ? sql`AND false`
                   : sql`AND EXISTS (SELECT 1 FROM unnest(flags) f WHERE f IN ${sql.in(filter.flags)})`
             }
             ${
               filter.after === undefined
                 ? sql``
                 : sql`AND (due_date, kind, subject_id) > (${filter.after.dueDate}, ${filter.after.kind}, ${filter.after.subjectId})`
             }
           ORDER BY due_date, kind, subject_id
           LIMIT ${filter.limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) =>
            rows.map(
              (r): WorkQueueRow => ({
                kind: r.kind,
                dueDate: r.due_date,
                journeyId: r.journey_id,
                personId: r.person_id,
                assignee: r.assignee,
                subjectId: r.subject_id,
                detail: r.detail,
                flags: r.flags.filter(isFlag),
              }),
            ),
          ),
          Effect.orDie,
          Effect.withSpan("WorkQueueSource.items"),
        )
      },
    })
  }),
)
