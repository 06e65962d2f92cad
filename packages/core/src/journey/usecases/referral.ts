import { Effect, Option, Schema } from "effect"
import { journeyAsSeen } from "../../access/finances.ts"
import { authorize } from "../../access/authorize.ts"
import { practitionerByDefault, refuseSelfAssignment } from "../../access/assignments.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { PersonNotFound } from "../../model/Errors.ts"
import { newUuidV7, PersonId } from "../../model/Ids.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import { CalendarDate } from "../../model/Person.ts"
import { Label, Prose } from "../../model/Text.ts"
import { nowIso } from "../../model/Time.ts"
import { EventLog } from "../../ports/EventLog.ts"
import { JourneyRepository } from "../../ports/JourneyRepository.ts"
import { PersonRepository } from "../../ports/PersonRepository.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { changeBudget, loadBudget } from "../budgetChanges.ts"
import { effectiveDay } from "../effectiveDate.ts"
import { IllegalTransition, JourneyAlreadyOpen } from "../JourneyErrors.ts"
import {
  EngagementSupport,
  isCarersJourney,
  isRevisingRunningBudget,
  Journey,
  JourneyId,
  Referral,
} from "../Journey.ts"
import { isClosed } from "../JourneyStage.ts"
import { noStepsTaken } from "../noStepsTaken.ts"
import { checkMove, loadJourney, saveJourney } from "../steps.ts"

export const ReferPersonInput = Schema.Struct({
  personId: PersonId,
  referral: Referral,
  engagementSupport: Schema.optionalKey(EngagementSupport),
  practitioner: Schema.optionalKey(Label),
  adviser: Schema.optionalKey(Label),
  /**
   * Opens a carer's own journey: `personId` is the carer's own record and this the person they
   * care for. The carer's assessment, decisions, plan and budget are then the carer's.
   */
  caresFor: Schema.optionalKey(PersonId),
  /**
   * The day the request for support was received, when it is recorded later (a letter, a call
   * taken away from the system): the request's date in returns. Today when absent.
   */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type ReferPersonInput = typeof ReferPersonInput.Encoded

/** The first conversation: opens a journey (a re-referral when an earlier one has ended). */
export const referPerson = Effect.fn("referPerson")(function* (raw: unknown) {
  const input = yield* decodeInput(ReferPersonInput)(raw)
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const journeys = yield* JourneyRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const now = yield* nowIso
  const { day: requestedOn } = yield* effectiveDay(input.effectiveFrom, yield* todayInLondon)
  const id = JourneyId.make(yield* newUuidV7)
  return yield* uow
    .transaction(
      Effect.gen(function* () {
        yield* authorize("journey.refer", input.personId)
        if (Option.isNone(yield* people.findById(actor.councilId, input.personId))) {
          return yield* new PersonNotFound({ personId: input.personId })
        }
        // Access: referring someone never puts the caller on their circle.
        yield* refuseSelfAssignment(input.personId, input)
        const practitioner = input.practitioner ?? (yield* practitionerByDefault(input.personId))
        if (input.caresFor !== undefined) {
          if (input.caresFor === input.personId)
            return yield* invalidAt(["caresFor"], "a carer's journey is for someone they care for")
          if (Option.isNone(yield* people.findById(actor.councilId, input.caresFor)))
            return yield* new PersonNotFound({ personId: input.caresFor })
        }
        // One open journey of each kind: someone may hold their own budget and, as a carer,
        // a carer's budget (one carer's journey covers all the caring they do).
        const open = (yield* journeys.listForPerson(actor.councilId, input.personId)).find(
          (j) => !isClosed(j.stage) && isCarersJourney(j) === (input.caresFor !== undefined),
        )
        if (open)
          return yield* new JourneyAlreadyOpen({ personId: input.personId, journeyId: open.id })
        const journey = new Journey({
          id,
          councilId: actor.councilId,
          personId: input.personId,
          stage: "considering",
          version: 1,
          openedAt: now,
          updatedAt: now,
          requestedOn,
          referral: input.referral,
          practitioner,
          adviser: input.adviser ?? null,
          engagementSupport: input.engagementSupport ?? "none",
          ...noStepsTaken,
          ...(input.caresFor === undefined ? {} : { caresFor: input.caresFor }),
          healthEligible: false,
        })
        yield* journeys.insert(journey)
        yield* events.append({
          councilId: journey.councilId,
          type: "PersonReferred",
          aggregateType: "Journey",
          aggregateId: journey.id,
          actorSubject: actor.subject,
          payload: {
            personId: journey.personId,
            source: journey.referral.source,
            ...(journey.caresFor === undefined ? {} : { caresFor: journey.caresFor }),
          },
        })
        return journey
      }),
    )
    .pipe(Effect.flatMap(journeyAsSeen))
})

export const DeclineInput = Schema.Struct({ journeyId: JourneyId, reason: Prose })
export type DeclineInput = typeof DeclineInput.Encoded

/**
 * The person chooses not to go ahead, at any stage before the budget is active: a valid, recorded
 * end. An indicative budget already set is closed with it (no money has moved).
 */
export const declineBudget = Effect.fn("declineBudget")(function* (raw: unknown) {
  const input = yield* decodeInput(DeclineInput)(raw)
  const uow = yield* UnitOfWork
  return yield* uow
    .transaction(
      Effect.gen(function* () {
        const journey = yield* loadJourney(input.journeyId, "journey.decline")
        // A budget already running is ended (with its reconciliation), not declined.
        if (isRevisingRunningBudget(journey))
          return yield* new IllegalTransition({
            journeyId: journey.id,
            current: `${journey.stage} with a budget running`,
            attempted: "declined",
            command: "declineBudget",
          })
        yield* checkMove(journey, "declined", "declineBudget")
        if (journey.budgetId !== null) {
          const budget = yield* loadBudget(journey.budgetId)
          if (budget.status === "indicative")
            yield* changeBudget(budget, { status: "ended" }, "BudgetEnded")
        }
        return yield* saveJourney(
          journey,
          { stage: "declined", declineReason: input.reason },
          { type: "BudgetDeclined", payload: { reason: input.reason } },
        )
      }),
    )
    .pipe(Effect.flatMap(journeyAsSeen))
})

export const AssignInput = Schema.Struct({
  journeyId: JourneyId,
  practitioner: Schema.optionalKey(Schema.NullOr(Label)),
  adviser: Schema.optionalKey(Schema.NullOr(Label)),
  engagementSupport: Schema.optionalKey(EngagementSupport),
})
export type AssignInput = typeof AssignInput.Encoded

/** Assigns the practitioner and adviser, and records the support the person needs to engage. */
export const assignJourney = Effect.fn("assignJourney")(function* (raw: unknown) {
  const input = yield* decodeInput(AssignInput)(raw)
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      // Access: an assignment never puts the caller on the person's circle.
      yield* refuseSelfAssignment(journey.personId, input)
      return yield* saveJourney(
        journey,
        {
          practitioner:
            input.practitioner === undefined ? journey.practitioner : input.practitioner,
          adviser: input.adviser === undefined ? journey.adviser : input.adviser,
          engagementSupport: input.engagementSupport ?? journey.engagementSupport,
        },
        { type: "JourneyAssigned" },
      )
    }),
  )
})
