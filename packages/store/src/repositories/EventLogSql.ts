import { EventLog } from "@openpb/core"
import { Effect, Layer } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"

export const EventLogSql = Layer.effect(
  EventLog,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return EventLog.of({
      append: (event) =>
        sql`INSERT INTO domain_events (council_id, type, aggregate_type, aggregate_id, actor_subject, payload)
            VALUES (${event.councilId}, ${event.type}, ${event.aggregateType}, ${event.aggregateId},
                    ${event.actorSubject}, ${JSON.stringify(event.payload)}::jsonb)`.pipe(
          withCouncil(event.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("EventLog.append"),
        ),
    })
  }),
)
