import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { PersonId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { Contact, EqualityData, Person } from "../model/Person.ts"
import { Label, Prose } from "../model/Text.ts"
import { EventLog } from "../ports/EventLog.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"

export const UpdatePersonDetailsInput = Schema.Struct({
  personId: PersonId,
  contact: Schema.optionalKey(Contact),
  /** Null: no preference recorded. */
  preferredLanguage: Schema.optionalKey(Schema.NullOr(Label)),
  interpreterNeeded: Schema.optionalKey(Schema.Boolean),
  /** The person's equality data, given with their consent; null withdraws it (it is erased). */
  equality: Schema.optionalKey(Schema.NullOr(EqualityData)),
  /** A statement of their own, in their words, to go with their record; null removes it. */
  ownStatement: Schema.optionalKey(Schema.NullOr(Prose)),
})
export type UpdatePersonDetailsInput = typeof UpdatePersonDetailsInput.Encoded

const changeable = [
  "contact",
  "preferredLanguage",
  "interpreterNeeded",
  "equality",
  "ownStatement",
] as const

/**
 * The person changes their own details (or their practitioner does, on their word): how to reach
 * them, the language they prefer and whether they need an interpreter, their equality data,
 * which they may withdraw at any time, and a statement of their own to go with their record. Only what is sent changes; the event names the fields
 * changed, never their values.
 */
export const updatePersonDetails = Effect.fn("updatePersonDetails")(function* (raw: unknown) {
  const input = yield* decodeInput(UpdatePersonDetailsInput)(raw)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const sent = changeable.filter((field) => input[field] !== undefined)
  if (sent.length === 0)
    return yield* invalidAt(["personId"], `send at least one of ${changeable.join(", ")} to change`)
  return yield* uow.transaction(
    Effect.gen(function* () {
      yield* authorize("person.update", input.personId)
      const found = yield* people.findById(actor.councilId, input.personId)
      if (Option.isNone(found)) return yield* new PersonNotFound({ personId: input.personId })
      const before = found.value
      const after = new Person({
        ...before,
        ...(input.contact === undefined ? {} : { contact: input.contact }),
        ...(input.preferredLanguage === undefined
          ? {}
          : { preferredLanguage: input.preferredLanguage }),
        ...(input.interpreterNeeded === undefined
          ? {}
          : { interpreterNeeded: input.interpreterNeeded }),
        ...(input.equality === undefined ? {} : { equality: input.equality }),
        ...(input.ownStatement === undefined ? {} : { ownStatement: input.ownStatement }),
      })
      const changed = changeable.filter(
        (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
      )
      if (changed.length === 0) return before
      yield* people.update(after)
      yield* events.append({
        councilId: actor.councilId,
        type: "PersonDetailsChanged",
        aggregateType: "Person",
        aggregateId: after.id,
        actorSubject: actor.subject,
        payload: { fields: changed },
      })
      return after
    }),
  )
})
