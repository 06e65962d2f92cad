import { WebhookRepository, WebhookSubscription } from "@openpb/core"
import { Effect, Layer, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { instantToIso, toSafeNumber } from "./rows.ts"

interface SubscriptionRow {
  readonly id: string
  readonly council_id: string
  readonly url: string
  readonly event_types: ReadonlyArray<string>
  readonly created_at: unknown
}

const decodeSubscription = Schema.decodeUnknownSync(WebhookSubscription)

const toSubscription = (row: SubscriptionRow) =>
  decodeSubscription({
    id: row.id,
    councilId: row.council_id,
    url: row.url,
    eventTypes: row.event_types,
    createdAt: instantToIso(row.created_at),
  })

export const WebhookRepositorySql = Layer.effect(
  WebhookRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    // Sent as one JSON parameter: both drivers bind it the same way.
    const textArray = (values: ReadonlyArray<string>) =>
      sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`
    return WebhookRepository.of({
      add: (subscription, secret) =>
        sql`INSERT INTO webhook_subscriptions (id, council_id, url, event_types, secret, created_at)
            VALUES (${subscription.id}, ${subscription.councilId}, ${subscription.url},
                    ${textArray(subscription.eventTypes)}, ${secret}, ${subscription.createdAt})`.pipe(
          withCouncil(subscription.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("WebhookRepository.add"),
        ),
      list: (councilId) =>
        sql<SubscriptionRow>`
          SELECT id, council_id, url, event_types, created_at FROM webhook_subscriptions
           WHERE council_id = ${councilId} ORDER BY created_at, id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toSubscription)),
          Effect.orDie,
          Effect.withSpan("WebhookRepository.list"),
        ),
      remove: (councilId, id) =>
        sql<{ readonly id: string }>`
          DELETE FROM webhook_subscriptions WHERE council_id = ${councilId} AND id = ${id}
          RETURNING id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
          Effect.withSpan("WebhookRepository.remove"),
        ),
      // A delivery already made is owed again; one still waiting starts its backoff afresh.
      replay: (councilId, id, from) =>
        Effect.gen(function* () {
          const found = yield* sql`SELECT 1 FROM webhook_subscriptions
                                    WHERE council_id = ${councilId} AND id = ${id}`
          if (found.length === 0) return undefined
          const queued = yield* sql<{ readonly queued: unknown }>`
            WITH queued AS (
              INSERT INTO webhook_deliveries
                (subscription_id, event_position, council_id, aggregate_type, aggregate_id)
              SELECT s.id, e.position, e.council_id, e.aggregate_type, e.aggregate_id
                FROM webhook_subscriptions s
                JOIN domain_events e
                  ON e.council_id = s.council_id AND e.type = ANY(s.event_types)
               WHERE s.id = ${id} AND s.council_id = ${councilId} AND e.recorded_at >= ${from}
              ON CONFLICT (subscription_id, event_position) DO UPDATE
                 SET delivered_at = NULL, attempts = 0, next_attempt_at = now(),
                     locked_until = NULL, last_status = NULL, last_error = NULL
              RETURNING 1
            )
            SELECT count(*) AS queued FROM queued`
          return toSafeNumber(queued[0]?.queued ?? 0)
        }).pipe(withCouncil(councilId), Effect.orDie, Effect.withSpan("WebhookRepository.replay")),
    })
  }),
)
