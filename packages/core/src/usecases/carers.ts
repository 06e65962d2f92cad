import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { Carer, CarerId } from "../model/Carer.ts"
import { ConsentScope } from "../model/ConsentScope.ts"
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
        consentScopes: [],
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

export const CarerConsentInput = Schema.Struct({
  carerId: CarerId,
  /** Every scope the person now consents to; a scope left out is withdrawn at once. */
  scopes: Schema.Array(ConsentScope),
})
export type CarerConsentInput = typeof CarerConsentInput.Encoded

/**
 * The person sets what a carer may see and do. Each scope given or withdrawn is its own event,
 * so the record shows when each consent started and ended.
 */
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
      yield* authorize("person.consent", found.value.personId)
      const before = found.value.consentScopes
      const scopes = ConsentScope.literals.filter((scope) => input.scopes.includes(scope))
      const given = scopes.filter((scope) => !before.includes(scope))
      const withdrawn = before.filter((scope) => !scopes.includes(scope))
      if (given.length === 0 && withdrawn.length === 0) return found.value
      const after = new Carer({
        ...found.value,
        consentScopes: scopes,
        version: found.value.version + 1,
      })
      yield* carers.update(after)
      for (const [type, changed] of [
        ["CarerConsentGiven", given],
        ["CarerConsentWithdrawn", withdrawn],
      ] as const) {
        for (const scope of changed)
          yield* events.append({
            councilId: after.councilId,
            type,
            aggregateType: "Carer",
            aggregateId: after.id,
            actorSubject: actor.subject,
            payload: { personId: after.personId, scope },
          })
      }
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
