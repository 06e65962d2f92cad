import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { PersonId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"

export const GetPersonInput = Schema.Struct({ personId: PersonId })
export type GetPersonInput = typeof GetPersonInput.Encoded

/** One person of the actor's council; people of other councils do not exist for the actor. */
export const getPerson = Effect.fn("getPerson")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(GetPersonInput)(raw)
  yield* authorize("person.read", personId)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const found = yield* people.findById(actor.councilId, personId)
  if (Option.isNone(found)) return yield* new PersonNotFound({ personId })
  return found.value
})
