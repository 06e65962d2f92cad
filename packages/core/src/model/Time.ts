import { Clock, DateTime, Effect, Schema } from "effect"

/** The current instant as an ISO-8601 UTC string, from effect's Clock (tests control it). */
export const nowIso = Effect.map(Clock.currentTimeMillis, (ms) =>
  DateTime.formatIso(DateTime.makeUnsafe(ms)),
)

/** An instant as ISO-8601 in UTC (`2026-12-02T18:06:48.000Z`): the `DateTime` of both APIs. */
export const IsoInstant = Schema.String.annotate({
  identifier: "DateTime",
  description: "An instant as ISO-8601 in UTC",
})
