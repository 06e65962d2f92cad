import { createHmac } from "node:crypto"
import { type CouncilId, WebhookDeliveries } from "@openpb/core"
import { Clock, Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { instantToIso, toSafeNumber } from "./rows.ts"

/** How deliveries are sent and tried again. */
export interface WebhookDeliveryOptions {
  /** The wait after a first failure; it doubles with each further one. */
  readonly retryBaseMs: number
  /** The longest wait between two tries. */
  readonly retryMaxMs: number
  /** How long a receiver has to answer. */
  readonly timeoutMs: number
  /** How many deliveries one pass takes. */
  readonly batchSize: number
  /** How many passes one round makes at most (an aggregate's next event waits for a pass). */
  readonly maxPasses: number
}

export const defaultWebhookDeliveryOptions: WebhookDeliveryOptions = {
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
  timeoutMs: 10_000,
  batchSize: 50,
  maxPasses: 20,
}

interface DueRow {
  readonly subscription_id: string
  readonly event_position: unknown
  readonly attempts: number
  readonly url: string
  readonly secret: string
  readonly type: string
  readonly aggregate_type: string
  readonly aggregate_id: string
  readonly recorded_at: unknown
  readonly council_id: string
}

/**
 * The Standard Webhooks signature of a delivery: HMAC-SHA256, keyed by the secret's bytes (the
 * base64 after `whsec_`), over `<id>.<timestamp>.<body>`, as `v1,<base64>`.
 */
export const signWebhook = (secret: string, id: string, timestamp: number, body: string) =>
  `v1,${createHmac("sha256", Buffer.from(secret.replace(/^whsec_/, ""), "base64"))
    .update(`${id}.${timestamp}.${body}`)
    .digest("base64")}`

/** What a receiver answered: its HTTP status, or 0 and why when there was no answer. */
interface Outcome {
  readonly status: number
  readonly error?: string
}

const post = (url: string, headers: Record<string, string>, body: string, timeoutMs: number) =>
  Effect.tryPromise({
    try: (signal) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
        // A redirect could send the signed event somewhere the council never chose.
        redirect: "manual",
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      }).then(async (response): Promise<Outcome> => {
        await response.body?.cancel()
        return { status: response.status }
      }),
    catch: (error) => error,
  }).pipe(
    Effect.catch((error) =>
      Effect.succeed<Outcome>({
        status: 0,
        error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      }),
    ),
  )

/**
 * Sends due deliveries on a SqlClient. One pass leases a batch (`FOR UPDATE SKIP LOCKED`, then
 * `locked_until` while it sends, so another process skips them) and takes, per subscription and
 * aggregate, only the earliest event still owed: a later one waits until it went through. Each
 * is POSTed as `{ id, type, aggregateType, aggregateId, occurredAt, councilId }`, ids and types
 * only, signed; a 2xx answer marks it delivered, anything else sets the next try after a wait
 * that doubles each time. A round makes passes until nothing is due.
 */
export const makeWebhookDeliveriesSql = (options: Partial<WebhookDeliveryOptions> = {}) =>
  Layer.effect(
    WebhookDeliveries,
    Effect.gen(function* () {
      const settings = { ...defaultWebhookDeliveryOptions, ...options }
      const sql = yield* SqlClient.SqlClient
      const { withCouncil } = councilScope(sql)
      // The lease outlives the longest send, so a delivery is never sent twice at once.
      const leaseSeconds = Math.ceil(settings.timeoutMs / 1000) + 30

      const lease = (councilId: CouncilId) =>
        sql<DueRow>`
          WITH due AS (
            SELECT d.subscription_id, d.event_position FROM webhook_deliveries d
             WHERE d.council_id = ${councilId} AND d.delivered_at IS NULL
               AND d.next_attempt_at <= now()
               AND (d.locked_until IS NULL OR d.locked_until <= now())
               AND NOT EXISTS (
                 SELECT 1 FROM webhook_deliveries earlier
                  WHERE earlier.subscription_id = d.subscription_id
                    AND earlier.aggregate_type = d.aggregate_type
                    AND earlier.aggregate_id = d.aggregate_id
                    AND earlier.event_position < d.event_position
                    AND earlier.delivered_at IS NULL)
             ORDER BY d.event_position
             LIMIT ${settings.batchSize}
             FOR UPDATE OF d SKIP LOCKED
          ), leased AS (
            UPDATE webhook_deliveries d
               SET locked_until = now() + make_interval(secs => ${leaseSeconds}),
                   attempts = d.attempts + 1
              FROM due
             WHERE d.subscription_id = due.subscription_id AND d.event_position = due.event_position
            RETURNING d.subscription_id, d.event_position, d.attempts
          )
          SELECT leased.subscription_id, leased.event_position::text AS event_position,
                 leased.attempts, s.url, s.secret, e.type, e.aggregate_type, e.aggregate_id,
                 e.recorded_at, e.council_id
            FROM leased
            JOIN webhook_subscriptions s ON s.id = leased.subscription_id
            JOIN domain_events e ON e.position = leased.event_position
           ORDER BY leased.event_position`.pipe(withCouncil(councilId))

      const record = (councilId: CouncilId, row: DueRow, outcome: Outcome) => {
        const delivered = outcome.status >= 200 && outcome.status < 300
        const waitMs = Math.min(
          settings.retryBaseMs * 2 ** Math.max(0, row.attempts - 1),
          settings.retryMaxMs,
        )
        return sql`
          UPDATE webhook_deliveries
             SET locked_until = NULL, last_status = ${outcome.status},
                 last_error = ${outcome.error ?? null},
                 delivered_at = ${delivered ? sql`now()` : sql`NULL`},
                 next_attempt_at = ${delivered ? sql`next_attempt_at` : sql`now() + make_interval(secs => ${waitMs / 1000})`}
           WHERE subscription_id = ${row.subscription_id}
             AND event_position = ${String(row.event_position)}::bigint`.pipe(
          withCouncil(councilId),
          Effect.as(delivered),
        )
      }

      const send = (row: DueRow) =>
        Effect.gen(function* () {
          const id = `evt_${toSafeNumber(row.event_position)}`
          const body = JSON.stringify({
            id,
            type: row.type,
            aggregateType: row.aggregate_type,
            aggregateId: row.aggregate_id,
            occurredAt: instantToIso(row.recorded_at),
            councilId: row.council_id,
          })
          const timestamp = Math.floor((yield* Clock.currentTimeMillis) / 1000)
          return yield* post(
            row.url,
            {
              "webhook-id": id,
              "webhook-timestamp": String(timestamp),
              "webhook-signature": signWebhook(row.secret, id, timestamp, body),
            },
            body,
            settings.timeoutMs,
          )
        })

      const pass = (councilId: CouncilId) =>
        Effect.gen(function* () {
          const due = yield* lease(councilId)
          const outcomes = yield* Effect.forEach(
            due,
            (row) => Effect.flatMap(send(row), (outcome) => record(councilId, row, outcome)),
            { concurrency: 8 },
          )
          return {
            delivered: outcomes.filter((ok) => ok).length,
            failed: outcomes.filter((ok) => !ok).length,
          }
        })

      return WebhookDeliveries.of({
        deliverDue: (councilId) =>
          Effect.gen(function* () {
            let delivered = 0
            let failed = 0
            for (let passes = 0; passes < settings.maxPasses; passes++) {
              const round = yield* pass(councilId)
              delivered += round.delivered
              failed += round.failed
              if (round.delivered === 0) break
            }
            return { delivered, failed }
          }).pipe(Effect.orDie, Effect.withSpan("WebhookDeliveries.deliverDue")),
      })
    }),
  )

/** Deliveries with the default waits and timeouts. */
export const WebhookDeliveriesSql = makeWebhookDeliveriesSql()
