import {
  type CaseloadAssignment,
  type CaseloadRow,
  contractedProvidersOf,
  Journey,
  JourneyRepository,
} from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"
import { parseJson, updatedOne } from "./rows.ts"

const encodeJourney = Schema.encodeSync(Journey)
const decodeJourney = Schema.decodeUnknownSync(Journey)

const toJourney = (row: { readonly data: unknown }) => decodeJourney(parseJson(row.data))

/**
 * Journeys are stored as their whole encoded document, with the columns queries need
 * (stage, practitioner, adviser, contracted providers, next review) beside it, and a version for
 * optimistic writes.
 */
interface CaseloadSqlRow {
  readonly journey_id: string
  readonly person_id: string
  readonly given_name: string
  readonly family_name: string
  readonly stage: CaseloadRow["stage"]
  readonly budget_id: string | null
  readonly next_review_due: string | null
  readonly contingency_until: string | null
}

export const JourneyRepositorySql = Layer.effect(
  JourneyRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    const columns = (journey: Journey) => ({
      stage: journey.stage,
      practitioner: journey.practitioner,
      adviser: journey.adviser,
      budgetId: journey.budgetId,
      nextReviewDue: journey.nextReviewDue,
      data: JSON.stringify(encodeJourney(journey)),
      // Sent as one JSON parameter: both drivers bind it the same way.
      providers: sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(contractedProvidersOf(journey))}::jsonb))`,
    })
    return JourneyRepository.of({
      insert: (journey) => {
        const c = columns(journey)
        return sql`INSERT INTO journeys (id, council_id, person_id, stage, practitioner, adviser, budget_id,
                                         next_review_due, version, opened_at, updated_at, data,
                                         contracted_providers)
                   VALUES (${journey.id}, ${journey.councilId}, ${journey.personId}, ${c.stage}, ${c.practitioner},
                           ${c.adviser}, ${c.budgetId}, ${c.nextReviewDue}::date, ${journey.version},
                           ${journey.openedAt}::timestamptz, ${journey.updatedAt}::timestamptz, ${c.data}::jsonb,
                           ${c.providers})`.pipe(
          withCouncil(journey.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("JourneyRepository.insert"),
        )
      },
      update: (journey) => {
        const c = columns(journey)
        return sql<{
          id: string
        }>`UPDATE journeys SET stage = ${c.stage}, practitioner = ${c.practitioner},
                     adviser = ${c.adviser}, budget_id = ${c.budgetId}, next_review_due = ${c.nextReviewDue}::date,
                     version = ${journey.version}, updated_at = ${journey.updatedAt}::timestamptz, data = ${c.data}::jsonb,
                     contracted_providers = ${c.providers}
                   WHERE council_id = ${journey.councilId} AND id = ${journey.id} AND version = ${journey.version - 1}
                   RETURNING id`.pipe(
          withCouncil(journey.councilId),
          Effect.orDie,
          Effect.flatMap(updatedOne("Journey", journey.id, journey.version - 1)),
          Effect.withSpan("JourneyRepository.update"),
        )
      },
      findById: (councilId, id) =>
        sql<{
          data: unknown
        }>`SELECT data FROM journeys WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toJourney)),
          Effect.orDie,
          Effect.withSpan("JourneyRepository.findById"),
        ),
      listForPerson: (councilId, personId) =>
        sql<{
          data: unknown
        }>`SELECT data FROM journeys WHERE council_id = ${councilId} AND person_id = ${personId}
                               ORDER BY id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toJourney)),
          Effect.orDie,
          Effect.withSpan("JourneyRepository.listForPerson"),
        ),
      caseload: (councilId, subject, page) => {
        // Nothing to match (a role whose grant reaches no one by assignment) matches nothing.
        const assignedTo = (who: string, as: ReadonlyArray<CaseloadAssignment>) =>
          as.length === 0
            ? sql`FALSE`
            : sql.or(as.map((column) => sql`${sql.literal(`j.${column}`)} = ${who}`))
        // None due sorts last: the order's key stands a missing date at the calendar's end.
        const due = sql.literal("COALESCE(j.next_review_due, DATE '9999-12-31')")
        return sql<CaseloadSqlRow>`
          SELECT j.id::text AS journey_id, j.person_id::text AS person_id, p.given_name,
                 p.family_name, j.stage, j.budget_id::text AS budget_id,
                 j.next_review_due::text AS next_review_due,
                 j.data->'contingency'->>'until' AS contingency_until
            FROM journeys j JOIN people p ON p.id = j.person_id
           WHERE j.council_id = ${councilId} AND ${assignedTo(subject, page.as ?? ["practitioner", "adviser"])}
             AND j.stage NOT IN ('ended', 'declined', 'not-eligible')
             ${
               page.after === undefined
                 ? sql``
                 : sql`AND (${due}, j.id) > (${page.after.nextReviewDue ?? "9999-12-31"}::date, ${page.after.journeyId}::uuid)`
             }
           ORDER BY ${due}, j.id
           LIMIT ${page.limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) =>
            rows.map(
              (r): CaseloadRow => ({
                journeyId: r.journey_id,
                personId: r.person_id,
                givenName: r.given_name,
                familyName: r.family_name,
                stage: r.stage,
                budgetId: r.budget_id,
                nextReviewDue: r.next_review_due,
                contingencyUntil: r.contingency_until,
              }),
            ),
          ),
          Effect.orDie,
          Effect.withSpan("JourneyRepository.caseload"),
        )
      },
      list: (councilId, limit, afterId) =>
        sql<{ data: unknown }>`SELECT data FROM journeys WHERE council_id = ${councilId}
                               ${afterId === undefined ? sql`` : sql`AND id > ${afterId}`}
                               ORDER BY id LIMIT ${limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toJourney)),
          Effect.orDie,
          Effect.withSpan("JourneyRepository.list"),
        ),
    })
  }),
)
