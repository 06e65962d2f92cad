import { Effect, Schema } from "effect"
import { CurrentActor } from "../model/Actor.ts"
import { PersonId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { AuditLog } from "./Audit.ts"
import { authorize } from "./authorize.ts"
import { authorizeOnPerson } from "./authorizeOnPerson.ts"

export const SearchAuditInput = Schema.Struct({
  personId: Schema.optionalKey(PersonId),
  actorSubject: Schema.optionalKey(Schema.NonEmptyString),
  limit: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 1000 }))),
})
export type SearchAuditInput = typeof SearchAuditInput.Encoded

/** The auditor searches the trail: who did or saw what, newest first. */
export const searchAudit = Effect.fn("searchAudit")(function* (raw: unknown) {
  const input = yield* decodeInput(SearchAuditInput)(raw)
  yield* authorize("audit.search")
  const actor = yield* CurrentActor
  const log = yield* AuditLog
  return yield* log.search({
    councilId: actor.councilId,
    ...(input.personId ? { personId: input.personId } : {}),
    ...(input.actorSubject ? { actorSubject: input.actorSubject } : {}),
    limit: input.limit ?? 100,
  })
})

/** A person sees who has looked at or changed their record, and why. */
export const whoSawMyRecord = Effect.fn("whoSawMyRecord")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(Schema.Struct({ personId: PersonId }))(raw)
  yield* authorizeOnPerson("audit.own-record", personId)
  const actor = yield* CurrentActor
  const log = yield* AuditLog
  const entries = yield* log.search({ councilId: actor.councilId, personId, limit: 1000 })
  return entries.map((e) => ({
    who: e.actorSubject,
    roles: e.actorRoles,
    what: e.operation,
    kind: e.kind,
    when: e.at,
    purpose: e.purpose,
  }))
})
