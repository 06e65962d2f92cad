import { Context, type Effect } from "effect"
import type { CouncilId } from "../model/Ids.ts"
import type { WebhookSubscription, WebhookSubscriptionId } from "./WebhookSubscription.ts"

/**
 * The council's webhook subscriptions. The deliveries themselves are the store's: each event the
 * event log appends is queued, in the same transaction, for every subscription of its council
 * that asked for its type (the event log is the outbox).
 */
export class WebhookRepository extends Context.Service<
  WebhookRepository,
  {
    add(subscription: WebhookSubscription, secret: string): Effect.Effect<void>
    list(councilId: CouncilId): Effect.Effect<ReadonlyArray<WebhookSubscription>>
    /** Removes the subscription and its deliveries not yet made; false when it is not the council's. */
    remove(councilId: CouncilId, id: WebhookSubscriptionId): Effect.Effect<boolean>
    /**
     * Queues again every event of the subscription's types recorded at or after `from` (an ISO
     * instant), delivered or not; answers how many, or undefined when it is not the council's.
     */
    replay(
      councilId: CouncilId,
      id: WebhookSubscriptionId,
      from: string,
    ): Effect.Effect<number | undefined>
  }
>()("@openpb/core/WebhookRepository") {}

/** What one round of deliveries did. */
export interface WebhookDeliveryRound {
  readonly delivered: number
  readonly failed: number
}

/**
 * Sends the council's due webhook deliveries, signed, and records each outcome (a failure is
 * tried again later, with backoff). An adapter's: HTTP and signing are not core's.
 */
export class WebhookDeliveries extends Context.Service<
  WebhookDeliveries,
  {
    deliverDue(councilId: CouncilId): Effect.Effect<WebhookDeliveryRound>
  }
>()("@openpb/core/WebhookDeliveries") {}
