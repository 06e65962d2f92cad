import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { Carer, CarerId } from "../model/Carer.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { newUuidV7, PersonId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { PersonName } from "../model/Person.ts"
import { CarerRepository } from "../ports/CarerRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { authorizeOnPerson } from "../access/authorizeOnPerson.ts"

export class CarerNotFound extends Schema.TaggedError<CarerNotFound>()("CarerNotFound", {
  carerId: Schema.String,
}) {
  override get message() {
    return `No carer with id ${this.carerId} in this council`
  }
}

export const AddCarerInput = Schema.Struct({
  personId: PersonId,
  name: PersonName,
  relationship: Schema.NonEmptyString,
  subject: Schema.optionalKey(Schema.NonEmptyString),
  nominatedPerson: Schema.optionalKey(Schema.Boolean),
})
export type AddCarerInput = typeof AddCarerInput.Encoded

/** Records a carer in the person's circle; they see nothing until the person consents. */
export const addCarer = Effect.fn("addCarer")(function* (raw: unknown) {
  const input = yield* decodeInput(AddCarerInput)(raw)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const carers = yield* CarerRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const id = CarerId.make(yield* newUuidV7)
  return yield* uow.transaction(
    Effect.gen(function* () {
      yield* authorize("carer.manage", input.personId)
      if (Option.isNone(yield* people.findById(actor.councilId, input.personId))) {
        return yield* new PersonNotFound({ personId: input.personId })
      }
      const carer = new Carer({
        id,
        councilId: actor.councilId,
        personId: input.personId,
        name: input.name,
        relationship: input.relationship,
        subject: input.subject ?? null,
        consentToView: false,
        nominatedPerson: input.nominatedPerson ?? false,
        version: 1,
      })
      yield* carers.insert(carer)
      yield* events.append({
        councilId: carer.councilId,
        type: "CarerAdded",
        aggregateType: "Carer",
        aggregateId: carer.id,
        actorSubject: actor.subject,
        payload: { personId: carer.personId, relationship: carer.relationship },
      })
      return carer
    }),
  )
})

export const CarerConsentInput = Schema.Struct({ carerId: CarerId, consentToView: Schema.Boolean })
export type CarerConsentInput = typeof CarerConsentInput.Encoded

/** The person gives, or withdraws, their consent for a carer to see their record. */
export const setCarerConsent = Effect.fn("setCarerConsent")(function* (raw: unknown) {
  const input = yield* decodeInput(CarerConsentInput)(raw)
  const actor = yield* CurrentActor
  const carers = yield* CarerRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const found = yield* carers.findById(actor.councilId, input.carerId)
      if (Option.isNone(found)) return yield* new CarerNotFound({ carerId: input.carerId })
      yield* authorize("carer.consent", found.value.personId)
      const after = new Carer({
        ...found.value,
        consentToView: input.consentToView,
        version: found.value.version + 1,
      })
      yield* carers.update(after)
      yield* events.append({
        councilId: after.councilId,
        type: input.consentToView ? "CarerConsentGiven" : "CarerConsentWithdrawn",
        aggregateType: "Carer",
        aggregateId: after.id,
        actorSubject: actor.subject,
        payload: { personId: after.personId },
      })
      return after
    }),
  )
})

/** The carers in a person's circle. */
export const listCarers = Effect.fn("listCarers")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(Schema.Struct({ personId: PersonId }))(raw)
  yield* authorizeOnPerson("person.read", personId)
  const actor = yield* CurrentActor
  const carers = yield* CarerRepository
  return yield* carers.listForPerson(actor.councilId, personId)
})
