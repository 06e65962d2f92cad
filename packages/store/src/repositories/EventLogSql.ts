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
        // The event log is the webhooks' outbox: the same statement queues the event for every
        // subscription of its council that asked for its type, in the change's own transaction.
        sql`WITH event AS (
              INSERT INTO domain_events (council_id, type, aggregate_type, aggregate_id, actor_subject, payload)
              VALUES (${event.councilId}, ${event.type}, ${event.aggregateType}, ${event.aggregateId},
                      ${event.actorSubject}, ${JSON.stringify(event.payload)}::jsonb)
              RETURNING position, council_id, type, aggregate_type, aggregate_id
            )
            INSERT INTO webhook_deliveries
              (subscription_id, event_position, council_id, aggregate_type, aggregate_id)
            SELECT s.id, event.position, event.council_id, event.aggregate_type, event.aggregate_id
              FROM event
              JOIN webhook_subscriptions s
                ON s.council_id = event.council_id AND event.type = ANY(s.event_types)`.pipe(
          withCouncil(event.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("EventLog.append"),
        ),
    })
  }),
)
