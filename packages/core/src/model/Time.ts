import { Clock, DateTime, Effect } from "effect"

/** The current instant as an ISO-8601 UTC string, from effect's Clock (tests control it). */
export const nowIso = Effect.map(Clock.currentTimeMillis, (ms) =>
  DateTime.formatIso(DateTime.makeUnsafe(ms)),
)
