import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { PersonId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { Person } from "../model/Person.ts"
import { EventLog } from "../ports/EventLog.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"

export const ResearchConsentInput = Schema.Struct({
  personId: PersonId,
  researchConsent: Schema.Boolean,
})
export type ResearchConsentInput = typeof ResearchConsentInput.Encoded

/**
 * The person gives or withdraws consent to their pseudonymised data being used for research.
 * Extracts read it when they run, so a withdrawal holds from the next extract on.
 */
export const setResearchConsent = Effect.fn("setResearchConsent")(function* (raw: unknown) {
  const input = yield* decodeInput(ResearchConsentInput)(raw)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      yield* authorize("person.consent", input.personId)
      const found = yield* people.findById(actor.councilId, input.personId)
      if (Option.isNone(found)) return yield* new PersonNotFound({ personId: input.personId })
      if (found.value.researchConsent === input.researchConsent) return found.value
      yield* people.setResearchConsent(actor.councilId, input.personId, input.researchConsent)
      yield* events.append({
        councilId: actor.councilId,
        type: input.researchConsent ? "ResearchConsentGiven" : "ResearchConsentWithdrawn",
        aggregateType: "Person",
        aggregateId: input.personId,
        actorSubject: actor.subject,
        payload: {},
      })
      return new Person({ ...found.value, researchConsent: input.researchConsent })
    }),
  )
})
