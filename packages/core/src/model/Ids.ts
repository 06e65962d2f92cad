import { Clock, Effect, Schema } from "effect"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))

export const PersonId = Uuid.pipe(Schema.brand("PersonId"))
export type PersonId = typeof PersonId.Type

export const BudgetId = Uuid.pipe(Schema.brand("BudgetId"))
export type BudgetId = typeof BudgetId.Type

export const EventId = Uuid.pipe(Schema.brand("EventId"))
export type EventId = typeof EventId.Type

export const CouncilId = Schema.String.check(
  Schema.isPattern(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    message: "must be a lower-case slug such as 'northmere'",
  }),
).pipe(Schema.brand("CouncilId"))
export type CouncilId = typeof CouncilId.Type

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")

/**
 * A UUIDv7: time-ordered, so ids sort by creation and double as stable cursors.
 * The time comes from effect's Clock, so tests control it.
 */
export const newUuidV7 = Effect.gen(function* () {
  const millis = yield* Clock.currentTimeMillis
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  let time = millis
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256
    time = Math.floor(time / 256)
  }
  bytes[6] = 0x70 | (bytes[6]! & 0x0f)
  bytes[8] = 0x80 | (bytes[8]! & 0x3f)
  const h = hex(bytes)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
})
