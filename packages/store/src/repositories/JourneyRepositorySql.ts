import { Journey, JourneyRepository } from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"
import { parseJson, updatedOne } from "./rows.ts"

const encodeJourney = Schema.encodeSync(Journey)
const decodeJourney = Schema.decodeUnknownSync(Journey)

const toJourney = (row: { readonly data: unknown }) => decodeJourney(parseJson(row.data))

/**
 * Journeys are stored as their whole encoded document, with the columns queries need
 * (stage, practitioner, adviser, next review) beside it, and a version for optimistic writes.
 */
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
    })
    return JourneyRepository.of({
      insert: (journey) => {
        const c = columns(journey)
        return sql`INSERT INTO journeys (id, council_id, person_id, stage, practitioner, adviser, budget_id,
                                         next_review_due, version, opened_at, updated_at, data)
                   VALUES (${journey.id}, ${journey.councilId}, ${journey.personId}, ${c.stage}, ${c.practitioner},
                           ${c.adviser}, ${c.budgetId}, ${c.nextReviewDue}::date, ${journey.version},
                           ${journey.openedAt}::timestamptz, ${journey.updatedAt}::timestamptz, ${c.data}::jsonb)`.pipe(
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
                     version = ${journey.version}, updated_at = ${journey.updatedAt}::timestamptz, data = ${c.data}::jsonb
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
      caseload: (councilId, subject) =>
        sql<{ data: unknown }>`SELECT data FROM journeys
                               WHERE council_id = ${councilId} AND (practitioner = ${subject} OR adviser = ${subject})
                                 AND stage NOT IN ('ended', 'declined', 'not-eligible')
                               ORDER BY next_review_due NULLS LAST, id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toJourney)),
          Effect.orDie,
          Effect.withSpan("JourneyRepository.caseload"),
        ),
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
