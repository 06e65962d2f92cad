import { EventLog } from "@openpb/core"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"

export const EventLogSql = Layer.effect(
  EventLog,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return EventLog.of({
      append: (event) =>
        sql`INSERT INTO domain_events (council_id, type, aggregate_type, aggregate_id, actor_subject, payload)
            VALUES (${event.councilId}, ${event.type}, ${event.aggregateType}, ${event.aggregateId},
                    ${event.actorSubject}, ${JSON.stringify(event.payload)}::jsonb)`.pipe(
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("EventLog.append"),
        ),
    })
  }),
)
