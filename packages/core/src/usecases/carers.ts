import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { Carer, CarerId } from "../model/Carer.ts"
import { ConsentScope } from "../model/ConsentScope.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { newUuidV7, PersonId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { PersonName } from "../model/Person.ts"
import { Label, Note } from "../model/Text.ts"
import { CarerRepository } from "../ports/CarerRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { DecisionRepository } from "../ports/DecisionRepository.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { todayInLondon } from "../model/CalendarDay.ts"
import type { Journey } from "../journey/Journey.ts"
import { triggeredReview } from "../journey/reviewSchedule.ts"
import { saveJourney } from "../journey/steps.ts"
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
  relationship: Label,
  subject: Schema.optionalKey(Label),
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

export const CarerWillingnessInput = Schema.Struct({
  carerId: CarerId,
  willingAndAble: Schema.Boolean,
  hoursPerWeek: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 168 })),
  note: Note,
})
export type CarerWillingnessInput = typeof CarerWillingnessInput.Encoded

/**
 * Records what a carer says about the unpaid support they give (today). A budget may count it
 * only while they say they are willing and able; when they say they no longer are, a running
 * budget that counted it goes to review, so the deduction comes off.
 */
export const recordCarerWillingness = Effect.fn("recordCarerWillingness")(function* (raw: unknown) {
  const input = yield* decodeInput(CarerWillingnessInput)(raw)
  const actor = yield* CurrentActor
  const carers = yield* CarerRepository
  const journeys = yield* JourneyRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const found = yield* carers.findById(actor.councilId, input.carerId)
      if (Option.isNone(found)) return yield* new CarerNotFound({ carerId: input.carerId })
      yield* authorize("carer.manage", found.value.personId)
      const after = new Carer({
        ...found.value,
        willingness: {
          willingAndAble: input.willingAndAble,
          hoursPerWeek: input.hoursPerWeek,
          confirmedOn: today,
          note: input.note,
        },
        version: found.value.version + 1,
      })
      yield* carers.update(after)
      yield* events.append({
        councilId: after.councilId,
        type: input.willingAndAble ? "CarerWillingnessConfirmed" : "CarerWillingnessWithdrawn",
        aggregateType: "Carer",
        aggregateId: after.id,
        actorSubject: actor.subject,
        payload: { personId: after.personId, hoursPerWeek: input.hoursPerWeek },
      })
      if (!input.willingAndAble)
        for (const journey of yield* journeys.listForPerson(actor.councilId, after.personId))
          if (journey.stage === "active" && (yield* countsUnpaidSupportOf(journey, after.id)))
            yield* saveJourney(
              journey,
              {
                stage: "under-review",
                reviews: [...journey.reviews, yield* triggeredReview("carer-change", today)],
              },
              { type: "ReviewStarted", payload: { trigger: "carer-change", carerId: after.id } },
            )
      return after
    }),
  )
})

/** Whether the journey's indicative amount was reduced for this carer's unpaid support. */
const countsUnpaidSupportOf = Effect.fnUntraced(function* (journey: Journey, carerId: string) {
  if (journey.indicativeDecisionId === null) return false
  const decisions = yield* DecisionRepository
  const indicative = yield* decisions.findById(journey.councilId, journey.indicativeDecisionId)
  if (Option.isNone(indicative)) return false
  const unpaid = indicative.value.inputs.unpaidSupport
  return typeof unpaid === "object" && unpaid !== null && "carerId" in unpaid
    ? unpaid.carerId === carerId
    : false
})

/** The carers in a person's circle. */
export const listCarers = Effect.fn("listCarers")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(Schema.Struct({ personId: PersonId }))(raw)
  yield* authorizeOnPerson("person.read", personId)
  const actor = yield* CurrentActor
  const carers = yield* CarerRepository
  return yield* carers.listForPerson(actor.councilId, personId)
})
