import { Config, DateTime, Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { newUuidV7 } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { nowIso } from "../model/Time.ts"
import { EventLog } from "../ports/EventLog.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { WebhookRepository } from "./WebhookRepository.ts"
import { newWebhookSecret } from "./WebhookSecret.ts"
import {
  WebhookEndpointUrl,
  WebhookEventTypes,
  WebhookSubscription,
  WebhookSubscriptionId,
  WebhookSubscriptionNotFound,
} from "./WebhookSubscription.ts"

export const SubscribeWebhookInput = Schema.Struct({
  url: WebhookEndpointUrl,
  eventTypes: WebhookEventTypes,
})
export type SubscribeWebhookInput = typeof SubscribeWebhookInput.Encoded

export const WebhookSubscriptionInput = Schema.Struct({ subscriptionId: WebhookSubscriptionId })
export type WebhookSubscriptionInput = typeof WebhookSubscriptionInput.Encoded

export const ListWebhookSubscriptionsInput = Schema.Struct({})

/** An instant with its offset, as ISO-8601 (`2026-12-04T09:30:00Z`). */
const Instant = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: "must be an ISO-8601 instant with its offset, such as 2026-12-04T09:30:00Z",
  }),
  Schema.makeFilter((text: string) => Option.isSome(DateTime.make(text)), {
    message: "must be a real instant",
  }),
)

export const ReplayWebhooksInput = Schema.Struct({
  subscriptionId: WebhookSubscriptionId,
  from: Instant.annotate({
    description:
      "Every event of the subscription's types recorded at or after this instant is sent again.",
  }),
})
export type ReplayWebhooksInput = typeof ReplayWebhooksInput.Encoded

export const WebhookReplay = Schema.Struct({
  subscriptionId: WebhookSubscriptionId,
  /** How many events are queued to be sent again. */
  queued: Schema.Int,
}).annotate({ identifier: "WebhookReplay" })

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"])

/**
 * Addresses written as numbers that lead inside the server's own network rather than to another
 * system: link-local (a cloud's metadata service, 169.254.169.254), and in production loopback
 * and the private ranges too. A name that resolves there is the network's to block; this stops
 * the plain mistake and the plain attempt.
 */
const insideAddress = (hostname: string, production: boolean) => {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(hostname)
  if (v4 !== null) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    if (a === 169 && b === 254) return true
    if (a === 0) return true
    return (
      production &&
      (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
    )
  }
  if (hostname.startsWith("[")) {
    const v6 = hostname.slice(1, -1).toLowerCase()
    if (/^fe[89ab]/.test(v6)) return true
    return production && (v6 === "::1" || /^f[cd]/.test(v6) || v6.startsWith("::ffff:"))
  }
  return production && hostname === "localhost"
}

/**
 * Plain http is for tests and development only: to this machine, and never when NODE_ENV is
 * production. Every other endpoint must be https, so a delivery and its signature cannot be read
 * on the way, and must not be an address inside the server's own network.
 */
const checkEndpoint = Effect.fnUntraced(function* (url: string) {
  const parsed = new URL(url)
  const environment = yield* Config.String("NODE_ENV").pipe(
    Config.withDefault("development"),
    Effect.orElseSucceed(() => "production"),
  )
  const production = environment === "production"
  if (insideAddress(parsed.hostname, production))
    return yield* invalidAt(["url"], "must not be an address inside the server's own network")
  if (parsed.protocol === "https:") return
  if (!production && loopbackHosts.has(parsed.hostname)) return
  return yield* invalidAt(
    ["url"],
    production
      ? "must be an https address"
      : "must be an https address (plain http only to 127.0.0.1 or localhost, outside production)",
  )
})

/**
 * Subscribes another system's endpoint to the council's domain events of the given types. The
 * answer holds the signing secret, shown only this once. Each event recorded from now on is sent
 * to it, signed, at least once and in order per aggregate.
 */
export const subscribeWebhook = Effect.fn("subscribeWebhook")(function* (raw: unknown) {
  const input = yield* decodeInput(SubscribeWebhookInput)(raw)
  yield* checkEndpoint(input.url)
  yield* authorize("webhook.manage")
  const actor = yield* CurrentActor
  const subscription = new WebhookSubscription({
    id: WebhookSubscriptionId.make(yield* newUuidV7),
    councilId: actor.councilId,
    url: input.url,
    eventTypes: input.eventTypes,
    createdAt: yield* nowIso,
  })
  const secret = yield* newWebhookSecret
  const events = yield* EventLog
  const webhooks = yield* WebhookRepository
  yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      yield* webhooks.add(subscription, secret)
      yield* events.append({
        councilId: actor.councilId,
        type: "WebhookSubscribed",
        aggregateType: "WebhookSubscription",
        aggregateId: subscription.id,
        actorSubject: actor.subject,
        payload: { url: subscription.url, eventTypes: subscription.eventTypes },
      })
    }),
  )
  return { subscription, secret }
})

/** The council's webhook subscriptions, oldest first, without their secrets. */
export const listWebhookSubscriptions = Effect.fn("listWebhookSubscriptions")(function* (
  raw: unknown = {},
) {
  yield* decodeInput(ListWebhookSubscriptionsInput)(raw)
  yield* authorize("webhook.manage")
  const actor = yield* CurrentActor
  return yield* (yield* WebhookRepository).list(actor.councilId)
})

/** Ends a subscription: nothing more is sent to it, including deliveries still waiting. */
export const unsubscribeWebhook = Effect.fn("unsubscribeWebhook")(function* (raw: unknown) {
  const input = yield* decodeInput(WebhookSubscriptionInput)(raw)
  yield* authorize("webhook.manage")
  const actor = yield* CurrentActor
  const events = yield* EventLog
  const webhooks = yield* WebhookRepository
  return yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      const removed = yield* webhooks.remove(actor.councilId, input.subscriptionId)
      if (!removed)
        return yield* new WebhookSubscriptionNotFound({ subscriptionId: input.subscriptionId })
      yield* events.append({
        councilId: actor.councilId,
        type: "WebhookUnsubscribed",
        aggregateType: "WebhookSubscription",
        aggregateId: input.subscriptionId,
        actorSubject: actor.subject,
        payload: {},
      })
      return { subscriptionId: input.subscriptionId }
    }),
  )
})

/**
 * Sends again every event of the subscription's types recorded at or after an instant, whether
 * it was delivered or not (a receiver that lost its data catches up this way), in order.
 */
export const replayWebhooks = Effect.fn("replayWebhooks")(function* (raw: unknown) {
  const input = yield* decodeInput(ReplayWebhooksInput)(raw)
  yield* authorize("webhook.manage")
  const actor = yield* CurrentActor
  const events = yield* EventLog
  const webhooks = yield* WebhookRepository
  const from = DateTime.formatIso(DateTime.makeUnsafe(input.from))
  return yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      const queued = yield* webhooks.replay(actor.councilId, input.subscriptionId, from)
      if (queued === undefined)
        return yield* new WebhookSubscriptionNotFound({ subscriptionId: input.subscriptionId })
      yield* events.append({
        councilId: actor.councilId,
        type: "WebhookReplayRequested",
        aggregateType: "WebhookSubscription",
        aggregateId: input.subscriptionId,
        actorSubject: actor.subject,
        payload: { from, queued },
      })
      return { subscriptionId: input.subscriptionId, queued }
    }),
  )
})
