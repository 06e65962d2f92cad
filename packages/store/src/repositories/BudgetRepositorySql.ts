import { Budget, BudgetRepository, type FundingStream, type ListRelation } from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"
import { instantToIso, parseJson, toSafeNumber, updatedOne } from "./rows.ts"

interface BudgetRow {
  readonly id: string
  readonly council_id: string
  readonly person_id: string
  readonly status: string
  readonly amount_pence: unknown
  readonly funding_streams: unknown
  readonly delivery_mechanism: string
  readonly version: number
  readonly created_at: unknown
}

const decodeBudget = Schema.decodeUnknownSync(Budget)

// Rows are decoded with the domain schema: a row that breaks the model is a defect, not data.
const toBudget = (row: BudgetRow): Budget =>
  decodeBudget({
    id: row.id,
    councilId: row.council_id,
    personId: row.person_id,
    status: row.status,
    amountPence: toSafeNumber(row.amount_pence),
    fundingStreams: parseJson<ReadonlyArray<FundingStream>>(row.funding_streams),
    deliveryMechanism: row.delivery_mechanism,
    version: row.version,
    createdAt: instantToIso(row.created_at),
  })

const columns =
  "id, council_id, person_id, status, amount_pence, funding_streams, delivery_mechanism, version, created_at"

export const BudgetRepositorySql = Layer.effect(
  BudgetRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    /**
     * A budget `b` the reader stands in one of `relations` to: the same relations their
     * `getBudget` is checked against (read by `Relationships`), so a list shows nothing the
     * object read would refuse. No relation at all shows nothing.
     */
    const visibleBudgets = (relations: ReadonlyArray<ListRelation>) => {
      const journeyOfPerson = (column: "practitioner" | "adviser", subject: string) =>
        sql`EXISTS (SELECT 1 FROM journeys j WHERE j.council_id = b.council_id
                      AND j.person_id = b.person_id AND ${sql(column)} = ${subject})`
      const visibleBy = (relation: ListRelation) => {
        switch (relation.reach) {
          case "self":
            return sql`b.person_id = ${relation.personId}`
          case "consented-carer":
            return sql`EXISTS (SELECT 1 FROM carers c WHERE c.council_id = b.council_id
                                 AND c.person_id = b.person_id AND c.subject = ${relation.subject}
                                 AND ${relation.scope} = ANY(c.consent_scopes))`
          case "caseload":
            return journeyOfPerson("practitioner", relation.subject)
          case "assigned-adviser":
            return journeyOfPerson("adviser", relation.subject)
        }
        // A contracted provider: the budget its approved plan line is paid from.
        return sql`EXISTS (SELECT 1 FROM journeys j WHERE j.council_id = b.council_id
                             AND j.budget_id = b.id AND ${relation.subject} = ANY(j.contracted_providers))`
      }
      const conditions = relations.map(visibleBy)
      return conditions.length === 0 ? sql`FALSE` : sql.or(conditions)
    }
    const { withCouncil } = councilScope(sql)
    return BudgetRepository.of({
      insert: (budget) =>
        sql`INSERT INTO budgets (id, council_id, person_id, status, amount_pence, funding_streams,
                                 delivery_mechanism, version, created_at)
            VALUES (${budget.id}, ${budget.councilId}, ${budget.personId}, ${budget.status},
                    ${budget.amountPence}, ${JSON.stringify(budget.fundingStreams)}::jsonb,
                    ${budget.deliveryMechanism}, ${budget.version}, ${budget.createdAt}::timestamptz)`.pipe(
          withCouncil(budget.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("BudgetRepository.insert"),
        ),
      update: (budget) =>
        sql<{
          id: string
        }>`UPDATE budgets SET status = ${budget.status}, amount_pence = ${budget.amountPence},
                              funding_streams = ${JSON.stringify(budget.fundingStreams)}::jsonb,
                              delivery_mechanism = ${budget.deliveryMechanism}, version = ${budget.version}
                            WHERE council_id = ${budget.councilId} AND id = ${budget.id}
                              AND version = ${budget.version - 1}
                            RETURNING id`.pipe(
          withCouncil(budget.councilId),
          Effect.orDie,
          Effect.flatMap(updatedOne("Budget", budget.id, budget.version - 1)),
          Effect.withSpan("BudgetRepository.update"),
        ),
      findById: (councilId, id) =>
        sql<BudgetRow>`SELECT ${sql.literal(columns)} FROM budgets
                       WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toBudget)),
          Effect.orDie,
          Effect.withSpan("BudgetRepository.findById"),
        ),
      list: ({ councilId, limit, afterId, visibleTo }) =>
        sql<BudgetRow>`SELECT ${sql.literal(columns)} FROM budgets b
                       WHERE council_id = ${councilId}
                       ${afterId === undefined ? sql`` : sql`AND id > ${afterId}`}
                       ${visibleTo === undefined || visibleTo.all ? sql`` : sql`AND (${visibleBudgets(visibleTo.relations)})`}
                       ORDER BY id LIMIT ${limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toBudget)),
          Effect.orDie,
          Effect.withSpan("BudgetRepository.list"),
        ),
    })
  }),
)
