import { type DomainEventInput, EventLog } from "@openpb/core"
import { Effect, Layer } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"

export const EventLogSql = Layer.effect(
  EventLog,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    const append = (event: DomainEventInput) =>
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
      )
    return EventLog.of({
      append,
      appendOnce: (events) =>
        Effect.gen(function* () {
          let appended = 0
          const groups = new Map<string, Array<DomainEventInput>>()
          for (const event of events) {
            const key = JSON.stringify([event.councilId, event.type, event.aggregateType])
            groups.set(key, [...(groups.get(key) ?? []), event])
          }
          for (const group of groups.values()) {
            const [first] = group
            if (first === undefined) continue
            const once = Effect.gen(function* () {
              // Held to the end of the caller's transaction: a second caller reads what the
              // first appended, never the state before it.
              yield* sql`SELECT pg_advisory_xact_lock(hashtext(${`openpb-once:${first.councilId}:${first.type}`}))`
              const seen = yield* sql<{ aggregate_id: string }>`SELECT DISTINCT aggregate_id
                FROM domain_events
                WHERE council_id = ${first.councilId} AND type = ${first.type}
                  AND aggregate_type = ${first.aggregateType}
                  AND aggregate_id IN ${sql.in(group.map((e) => e.aggregateId))}`
              const done = new Set(seen.map((row) => row.aggregate_id))
              for (const event of group) {
                if (done.has(event.aggregateId)) continue
                done.add(event.aggregateId)
                yield* append(event)
                appended++
              }
            })
            yield* once.pipe(withCouncil(first.councilId), Effect.orDie)
          }
          return appended
        }).pipe(Effect.withSpan("EventLog.appendOnce")),
    })
  }),
)
