import {
  type BudgetSpendingFacts,
  type ChallengeFacts,
  Journey,
  type JourneyFacts,
  type JourneyFactsQuery,
  type OutcomeDomain,
  ReportingFacts,
  type ReviewFacts,
  type SpendingCategory,
  type SpendingFactsQuery,
  annualLineCostPence,
  approvedLinesOf,
  mechanismOfAccount,
} from "@openpb/core"
import { Effect, Layer, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { asAtTables, type TrackedTable } from "./asAt.ts"
import { parseJson, toSafeNumber } from "./rows.ts"

const decodeJourney = Schema.decodeUnknownSync(Journey)

const londonDate = (column: string) =>
  `to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`

interface JourneyRow {
  readonly id: string
  readonly data: unknown
  readonly referred_on: string
  readonly ethnicity: JourneyFacts["ethnicity"]
  readonly sex: string | null
  readonly date_of_birth: string | null
  readonly eligibility_outcome: string | null
  readonly eligibility_decided_on: string | null
  readonly activated_on: string | null
  readonly budget_status: JourneyFacts["budgetStatus"]
  readonly delivery_mechanism: JourneyFacts["deliveryMechanism"]
  readonly budget_amount_pence: unknown
}

/** Each outcome's domain, from the newest plan that names it. */
const domainsOf = (journey: Journey): Map<string, OutcomeDomain> => {
  const domains = new Map<string, OutcomeDomain>()
  for (const plan of journey.plans)
    for (const outcome of plan.content.outcomes) domains.set(outcome.id, outcome.domain)
  return domains
}

const reviewsOf = (journey: Journey): ReadonlyArray<ReviewFacts> => {
  const domains = domainsOf(journey)
  return journey.reviews
    .filter((r) => r.status === "completed" && r.completedOn !== null)
    .map((r) => ({
      completedOn: r.completedOn!,
      progress: r.progress.map((p) => ({
        outcomeId: p.outcomeId,
        domain: domains.get(p.outcomeId) ?? null,
        attainment: p.attainment,
      })),
      wellbeing: r.wellbeing?.scored ?? null,
    }))
    .sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0))
}

/**
 * Aggregate reports' reads. A page is one query for its journeys (or budgets) and one for what
 * hangs off them (decisions, challenges, spending), never a query per row.
 */
export const ReportingFactsSql = Layer.effect(
  ReportingFacts,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)

    const journeys = (q: JourneyFactsQuery) =>
      Effect.gen(function* () {
        // As at a past day, every read below sees the tables as they were known then.
        const past = (tables: ReadonlyArray<TrackedTable>, first?: TrackedTable) =>
          asAtTables(
            sql,
            q.councilId,
            q.asAt,
            tables,
            first === undefined ? undefined : { table: first, id: q.afterId },
          )
        const rows =
          yield* sql<JourneyRow>`${past(["journeys", "people", "budgets"], "journeys")}SELECT j.id::text AS id, j.data,
            ${sql.literal(londonDate("j.opened_at"))} AS referred_on,
            p.ethnicity, p.sex, to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
            e.outcome AS eligibility_outcome,
            ${sql.literal(londonDate("e.made_at"))} AS eligibility_decided_on,
            ${sql.literal(londonDate("a.made_at"))} AS activated_on,
            b.status AS budget_status, b.delivery_mechanism, b.amount_pence AS budget_amount_pence
          FROM journeys j
          JOIN people p ON p.id = j.person_id
          LEFT JOIN decisions e ON e.id::text = j.data->>'eligibilityDecisionId'
          LEFT JOIN decisions a ON a.id::text = j.data->'approved'->>'decisionId'
          LEFT JOIN budgets b ON b.id = j.budget_id
          WHERE j.council_id = ${q.councilId}
          ${q.afterId === undefined ? sql`` : sql`AND j.id > ${q.afterId}::uuid`}
          ORDER BY j.id LIMIT ${q.limit}`
        if (rows.length === 0) return []
        const ids = rows.map((r) => r.id)
        const counts = yield* sql<{ subject_id: string; kind: string; n: unknown }>`${past([])}
          SELECT subject_id, kind, count(*) AS n FROM decisions
          WHERE council_id = ${q.councilId} AND subject_type = 'journey'
            AND subject_id IN ${sql.in(ids)}
            AND ((kind = 'contingency' AND outcome = 'uplift-applied') OR kind = 'suspension')
          GROUP BY subject_id, kind`
        const challenges = yield* sql<{
          subject_id: string
          kind: ChallengeFacts["decisionKind"]
          status: ChallengeFacts["status"]
        }>`${past(["challenges"])}SELECT d.subject_id, d.kind, c.status FROM challenges c
          JOIN decisions d ON d.id = c.decision_id
          WHERE c.council_id = ${q.councilId} AND d.subject_type = 'journey'
            AND d.subject_id IN ${sql.in(ids)}
          ORDER BY c.id`
        const countOf = (id: string, kind: string) =>
          toSafeNumber(counts.find((c) => c.subject_id === id && c.kind === kind)?.n ?? 0)
        return rows.map((row): JourneyFacts => {
          const journey = decodeJourney(parseJson(row.data))
          return {
            journeyId: row.id,
            stage: journey.stage,
            referredOn: row.referred_on,
            ethnicity: row.ethnicity,
            sex: row.sex,
            dateOfBirth: row.date_of_birth,
            eligibilityOutcome: row.eligibility_outcome,
            eligibilityDecidedOn: row.eligibility_decided_on,
            activatedOn: row.activated_on,
            budgetStatus: row.budget_status,
            deliveryMechanism: row.delivery_mechanism,
            budgetAmountPence:
              row.budget_amount_pence === null ? null : toSafeNumber(row.budget_amount_pence),
            reviews: reviewsOf(journey),
            nextReviewDue: journey.nextReviewDue,
            challenges: challenges
              .filter((c) => c.subject_id === row.id)
              .map((c) => ({ decisionKind: c.kind, status: c.status })),
            contingencies: countOf(row.id, "contingency"),
            suspensions: countOf(row.id, "suspension"),
          }
        })
      })

    const spending = (q: SpendingFactsQuery) =>
      Effect.gen(function* () {
        const rows = yield* sql<{
          id: string
          data: unknown
          activated_on: string | null
        }>`${asAtTables(sql, q.councilId, q.asAt, ["budgets", "journeys"], { table: "budgets", id: q.afterId })}
          SELECT b.id::text AS id, j.data, ${sql.literal(londonDate("a.made_at"))} AS activated_on
          FROM budgets b
          JOIN journeys j ON j.budget_id = b.id
          LEFT JOIN decisions a ON a.id::text = j.data->'approved'->>'decisionId'
          WHERE b.council_id = ${q.councilId}
          ${q.afterId === undefined ? sql`` : sql`AND b.id > ${q.afterId}::uuid`}
          ORDER BY b.id LIMIT ${q.limit}`
        if (rows.length === 0) return []
        // The spent:<line> entry carries the amount (negative in a reversal); the posting's other
        // entry names where the money came from, hence the mechanism; a reversal keeps the
        // category of the spending it undoes.
        const spent = yield* sql<{
          budget_id: string
          category: SpendingCategory
          account: string
          pence: unknown
        }>`${asAtTables(sql, q.councilId, q.asAt, [])}SELECT p.budget_id::text AS budget_id,
              coalesce(p.details->>'category', o.details->>'category') AS category,
              h.account, sum(e.amount_pence) AS pence
            FROM ledger_postings p
            JOIN ledger_entries e ON e.posting_id = p.id AND e.account LIKE 'spent:%'
            JOIN ledger_entries h ON h.posting_id = p.id AND h.account NOT LIKE 'spent:%'
            LEFT JOIN ledger_postings o ON o.id = p.reverses
            WHERE p.council_id = ${q.councilId}
              AND p.budget_id::text IN ${sql.in(rows.map((r) => r.id))}
              AND p.effective_date BETWEEN ${q.from}::date AND ${q.to}::date
            GROUP BY 1, 2, 3`
        return rows.map((row): BudgetSpendingFacts => {
          const journey = decodeJourney(parseJson(row.data))
          return {
            budgetId: row.id,
            activatedOn: row.activated_on,
            endedOn: journey.ending?.on ?? null,
            planned: approvedLinesOf(journey).map((line) => ({
              category: line.category,
              mechanism: line.deliveryMechanism,
              annualPence: annualLineCostPence(line),
            })),
            spent: spent.flatMap((s) => {
              const mechanism = mechanismOfAccount(s.account)
              return s.budget_id === row.id && s.category !== null && mechanism !== undefined
                ? [{ category: s.category, mechanism, pence: toSafeNumber(s.pence) }]
                : []
            }),
          }
        })
      })

    return ReportingFacts.of({
      // One short transaction per page, scoped to the council for row-level security.
      journeys: (q) =>
        journeys(q).pipe(
          withCouncil(q.councilId),
          Effect.orDie,
          Effect.withSpan("ReportingFacts.journeys"),
        ),
      spending: (q) =>
        spending(q).pipe(
          withCouncil(q.councilId),
          Effect.orDie,
          Effect.withSpan("ReportingFacts.spending"),
        ),
    })
  }),
)
