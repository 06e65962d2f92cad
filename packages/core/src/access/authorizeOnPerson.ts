import { Effect, Option } from "effect"
import { CurrentActor } from "../model/Actor.ts"
import { PersonNotFound } from "../model/Errors.ts"
import type { PersonId } from "../model/Ids.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import type { Action } from "./AccessTable.ts"
import { authorize } from "./authorize.ts"

/**
 * Authorises `action` on a person's record, then checks the person is of the actor's council:
 * a person of another council does not exist for the actor, so a listing of their records is
 * refused as not found rather than answered with an empty list.
 */
export const authorizeOnPerson = Effect.fnUntraced(function* (action: Action, personId: PersonId) {
  yield* authorize(action, personId)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  if (Option.isNone(yield* people.findById(actor.councilId, personId))) {
    return yield* new PersonNotFound({ personId })
  }
})
