import { Schema } from "effect"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { WebhookSubscription, WebhookSubscriptionCreated } from "../webhooks/WebhookSubscription.ts"
import {
  ListWebhookSubscriptionsInput,
  listWebhookSubscriptions,
  ReplayWebhooksInput,
  replayWebhooks,
  SubscribeWebhookInput,
  subscribeWebhook,
  unsubscribeWebhook,
  WebhookReplay,
  WebhookSubscriptionInput,
} from "../webhooks/usecases.ts"
import { defineUseCase } from "./UseCase.ts"

export const SubscribeWebhook = defineUseCase({
  name: "subscribeWebhook",
  path: "webhooks.subscribe",
  kind: "command",
  description:
    "Subscribes an https endpoint to the council's domain events of the given types. Each event is POSTed as JSON (ids and types only) signed by the Standard Webhooks convention, at least once and in order per aggregate; the answer holds the signing secret, shown only this once.",
  access: writeRule("webhook.manage", "council"),
  input: SubscribeWebhookInput,
  output: WebhookSubscriptionCreated,
  errors: [],
  run: subscribeWebhook,
})

export const ListWebhookSubscriptions = defineUseCase({
  name: "listWebhookSubscriptions",
  path: "webhooks.list",
  kind: "query",
  description: "The council's webhook subscriptions, oldest first, without their secrets.",
  access: readRule("webhook.manage", "council"),
  input: ListWebhookSubscriptionsInput,
  output: Schema.Array(WebhookSubscription),
  errors: [],
  graphql: { field: "webhookSubscriptions" },
  run: listWebhookSubscriptions,
})

export const UnsubscribeWebhook = defineUseCase({
  name: "unsubscribeWebhook",
  path: "webhooks.unsubscribe",
  kind: "command",
  description:
    "Ends a webhook subscription: nothing more is sent to its endpoint, deliveries still waiting included.",
  access: writeRule("webhook.manage", "council"),
  input: WebhookSubscriptionInput,
  output: Schema.Struct({ subscriptionId: Schema.String }).annotate({
    identifier: "WebhookUnsubscribed",
  }),
  errors: ["WebhookSubscriptionNotFound"],
  run: unsubscribeWebhook,
})

export const ReplayWebhooks = defineUseCase({
  name: "replayWebhooks",
  path: "webhooks.replay",
  kind: "command",
  description:
    "Sends a subscription every event of its types recorded at or after an instant again, delivered before or not, in order per aggregate.",
  access: writeRule("webhook.manage", "council"),
  input: ReplayWebhooksInput,
  output: WebhookReplay,
  errors: ["WebhookSubscriptionNotFound"],
  run: replayWebhooks,
})
