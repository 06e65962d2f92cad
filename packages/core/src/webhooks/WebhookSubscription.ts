import { Schema } from "effect"
import { CouncilId } from "../model/Ids.ts"
import { IsoInstant } from "../model/Time.ts"
import { WebhookEventType } from "./WebhookEventType.ts"

/** A webhook subscription's id (a UUIDv7 given when it is made). */
export const WebhookSubscriptionId = Schema.String.check(
  Schema.isUUID(undefined, { message: "must be a UUID" }),
).pipe(Schema.brand("WebhookSubscriptionId"))
export type WebhookSubscriptionId = typeof WebhookSubscriptionId.Type

/** The longest endpoint address taken: far past any real one, short of a flood. */
const MAX_URL_LENGTH = 2000

/** An absolute http(s) address with a host and no credentials in it; which scheme may be used is the use case's rule. */
export const WebhookEndpointUrl = Schema.String.check(
  Schema.isMaxLength(MAX_URL_LENGTH, { message: `must be at most ${MAX_URL_LENGTH} characters` }),
  Schema.makeFilter(
    (text: string) => {
      if (!URL.canParse(text)) return false
      const url = new URL(text)
      return (
        (url.protocol === "https:" || url.protocol === "http:") &&
        url.hostname !== "" &&
        url.username === "" &&
        url.password === ""
      )
    },
    { message: "must be an absolute https address without a user name or password" },
  ),
).annotate({ description: "The endpoint each event is POSTed to (https)." })

/** The event types a subscription asks for: at least one, each once. */
export const WebhookEventTypes = Schema.Array(WebhookEventType).check(
  Schema.isMinLength(1, { message: "must name at least one event type" }),
  Schema.makeFilter((types: ReadonlyArray<string>) => new Set(types).size === types.length, {
    message: "must name each event type once",
  }),
)

/** Another system's endpoint that the council's domain events of some types are sent to, signed. */
export class WebhookSubscription extends Schema.Class<WebhookSubscription>(
  "@openpb/core/WebhookSubscription",
)({
  id: WebhookSubscriptionId,
  councilId: CouncilId,
  url: WebhookEndpointUrl,
  eventTypes: WebhookEventTypes,
  createdAt: IsoInstant,
}) {}

/**
 * A new subscription with its signing secret (`whsec_` and base64, the Standard Webhooks form):
 * shown this once, never listed again, so the receiver must keep it.
 */
export const WebhookSubscriptionCreated = Schema.Struct({
  subscription: WebhookSubscription,
  secret: Schema.String.annotate({
    description:
      "The signing secret, shown only now: verify each delivery's webhook-signature with it.",
  }),
}).annotate({ identifier: "WebhookSubscriptionCreated" })
export type WebhookSubscriptionCreated = typeof WebhookSubscriptionCreated.Type

export class WebhookSubscriptionNotFound extends Schema.TaggedError<WebhookSubscriptionNotFound>()(
  "WebhookSubscriptionNotFound",
  { subscriptionId: Schema.String },
) {
  override get message() {
    return `No webhook subscription with id ${this.subscriptionId} in this council`
  }
}
