import { Effect, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { decodeInput } from "../model/Input.ts"
import { newUuidV7, PersonId } from "../model/Ids.ts"
import { NhsNumber } from "../model/NhsNumber.ts"
import { CalendarDate, Contact, EqualityData, Person, PersonName } from "../model/Person.ts"
import { EventLog } from "../ports/EventLog.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { nowIso } from "../model/Time.ts"
import { Label } from "../model/Text.ts"

export const RegisterPersonInput = Schema.Struct({
  givenName: PersonName,
  familyName: PersonName,
  dateOfBirth: Schema.optionalKey(CalendarDate),
  nhsNumber: Schema.optionalKey(NhsNumber),
  contact: Schema.optionalKey(Contact),
  preferredLanguage: Schema.optionalKey(Label),
  interpreterNeeded: Schema.optionalKey(Schema.Boolean),
  equality: Schema.optionalKey(EqualityData),
  researchConsent: Schema.optionalKey(Schema.Boolean),
})
export type RegisterPersonInput = typeof RegisterPersonInput.Encoded

/** Records a new person in the actor's council. */
export const registerPerson = Effect.fn("registerPerson")(function* (raw: unknown) {
  const input = yield* decodeInput(RegisterPersonInput)(raw)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const person = new Person({
    id: PersonId.make(yield* newUuidV7),
    councilId: actor.councilId,
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth ?? null,
    createdAt: yield* nowIso,
    nhsNumber: input.nhsNumber ?? null,
    contact: input.contact ?? { phone: null, email: null, address: null },
    preferredLanguage: input.preferredLanguage ?? null,
    interpreterNeeded: input.interpreterNeeded ?? false,
    equality: input.equality ?? null,
    researchConsent: input.researchConsent ?? false,
  })
  yield* uow.transaction(
    Effect.gen(function* () {
      // The audit row names the person registered, so it shows in their "who saw my record".
      yield* authorize("person.register", person.id)
      yield* people.insert(person)
      yield* events.append({
        councilId: actor.councilId,
        type: "PersonRegistered",
        aggregateType: "Person",
        aggregateId: person.id,
        actorSubject: actor.subject,
        payload: { givenName: person.givenName, familyName: person.familyName },
      })
    }),
  )
  return person
})
