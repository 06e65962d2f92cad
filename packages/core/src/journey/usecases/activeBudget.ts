import { Effect, Option, Schema } from "effect"
import { addDays, todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import { formatPounds, Pence } from "../../model/Money.ts"
import { DecisionRepository } from "../../ports/DecisionRepository.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { ContingencyPolicy } from "../../policies/ContingencyPolicy.ts"
import { changeBudget, loadBudget } from "../budgetChanges.ts"
import { changeAllocationSchedule, finalReconciliation } from "../../ledger/usecases.ts"
import { postDueAllocations } from "../../ledger/allocation.ts"
import {
  restoreResumedAllocations,
  withdrawPausedAllocations,
} from "../../ledger/pauseAllocations.ts"
import type { Budget } from "../../model/Budget.ts"
import { CalendarDate } from "../../model/Person.ts"
import { Note, Prose } from "../../model/Text.ts"
import { LedgerRepository } from "../../ports/LedgerRepository.ts"
import { effectiveDay, lastStartOf } from "../effectiveDate.ts"
import { contingencyDaysUsed } from "../contingencyDays.ts"
import { MissingStep } from "../JourneyErrors.ts"
import { contingencyActiveOn, EndReason, isRevisingRunningBudget, JourneyId } from "../Journey.ts"
import { byPerson, checkIn, checkMove, loadJourney, recordDecision, saveJourney } from "../steps.ts"

export const SuspendInput = Schema.Struct({
  journeyId: JourneyId,
  reason: Prose,
  /** The day it began, when recorded late (a hospital stay entered after the admission). */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type SuspendInput = typeof SuspendInput.Encoded

/**
 * Pauses the budget (e.g. a hospital stay). The plan and budget are kept, and resuming needs
 * no new assessment: losing a budget over a short crisis was the fear this answers.
 */
export const suspendBudget = Effect.fn("suspendBudget")(function* (raw: unknown) {
  const input = yield* decodeInput(SuspendInput)(raw)
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      // Crisis help is never locked by paperwork: a budget running through a review, a
      // reassessment or a plan revision can be paused too, and resumes at that step.
      const interrupted = journey.stage === "under-review" || isRevisingRunningBudget(journey)
      if (!interrupted) yield* checkMove(journey, "suspended", "suspendBudget")
      const running = journey.budgetId === null ? undefined : yield* loadBudget(journey.budgetId)
      const { day: from, reason: backdated } = yield* effectiveDay(
        input.effectiveFrom,
        today,
        running === undefined ? undefined : yield* lastStartOf(running),
      )
      // Periods that begin in the pause are not due (even one posted the morning it began, or
      // since a day recorded late): what was allocated for them goes back.
      const withdrawn =
        running !== undefined
          ? yield* withdrawPausedAllocations(running, {
              from,
              asOf: today,
              changeKey: `suspension:${from}`,
            })
          : { withdrawnPence: 0, notWithdrawnPence: 0 }
      const decision = yield* recordDecision({
        journey,
        kind: "suspension",
        outcome: "suspended",
        reasons: [
          {
            criterion: "suspension/reason",
            met: true,
            text: `The budget is paused: ${input.reason}.`,
          },
          {
            criterion: "suspension/kept",
            met: null,
            text: "Your plan and budget are kept; when it resumes there is no new assessment.",
          },
          ...backdatingReasons("suspension", backdated, withdrawn),
        ],
        policy: byPerson("practitioner"),
        inputs: { reason: input.reason, from, recordedOn: today },
        amounts: { withdrawnPence: withdrawn.withdrawnPence },
      })
      if (running !== undefined) {
        const budget = yield* changeBudget(running, { status: "suspended" }, "BudgetSuspended")
        yield* changeAllocationSchedule(budget, { pause: from })
      }
      return yield* saveJourney(
        journey,
        {
          stage: "suspended",
          suspension: {
            reason: input.reason,
            from,
            decisionId: decision.id,
            ...(interrupted ? { resumeTo: journey.stage } : {}),
          },
        },
        { type: "BudgetSuspended", payload: { decisionId: decision.id } },
      )
    }),
  )
})

/** The words a backdated change gives: when it counts from, and what moved because of it. */
const backdatingReasons = (
  kind: "suspension" | "resumption",
  backdated: string | null,
  withdrawn: { readonly withdrawnPence: number; readonly notWithdrawnPence: number } | undefined,
) => {
  if (backdated === null) return []
  return [
    { criterion: `${kind}/effective-from`, met: null, text: backdated },
    ...(withdrawn !== undefined && withdrawn.withdrawnPence > 0
      ? [
          {
            criterion: `${kind}/allocations-taken-back`,
            met: null,
            text: `${formatPounds(withdrawn.withdrawnPence)} allocated for periods that began in the pause is taken back.`,
          },
        ]
      : []),
    ...(withdrawn !== undefined && withdrawn.notWithdrawnPence > 0
      ? [
          {
            criterion: `${kind}/already-paid`,
            met: null,
            text: `${formatPounds(withdrawn.notWithdrawnPence)} for those periods had already been paid out; it is left where it is for the direct-payment monitoring to look at with you.`,
          },
        ]
      : []),
  ]
}

export const ResumeInput = Schema.Struct({
  journeyId: JourneyId,
  /** The day it restarted, when recorded late (the discharge day). */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})

/** Restarts a suspended budget as it was. */
export const resumeBudget = Effect.fn("resumeBudget")(function* (raw: unknown) {
  const input = yield* decodeInput(ResumeInput)(raw)
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      const resumeTo = journey.suspension?.resumeTo ?? "active"
      yield* checkMove(journey, resumeTo, "resumeBudget")
      if (journey.stage !== "suspended") yield* checkIn(journey, ["suspended"], "resumeBudget")
      const pausedFrom = journey.suspension?.from
      const { day: on, reason: backdated } = yield* effectiveDay(
        input.effectiveFrom,
        today,
        pausedFrom === undefined ? undefined : { day: pausedFrom, what: "the suspension began" },
      )
      const decision = yield* recordDecision({
        journey,
        kind: "resumption",
        outcome: "resumed",
        reasons: [
          {
            criterion: "resumption",
            met: true,
            text: `The budget restarts on ${on} with the same plan and amount, paused since ${pausedFrom ?? "its suspension"}.`,
          },
          ...backdatingReasons("resumption", backdated, undefined),
        ],
        policy: byPerson("practitioner"),
        inputs: { suspension: journey.suspension, resumedOn: on, recordedOn: today },
      })
      if (journey.budgetId !== null) {
        const budget = yield* changeBudget(
          yield* loadBudget(journey.budgetId),
          { status: "active" },
          "BudgetResumed",
        )
        yield* changeAllocationSchedule(budget, { resume: on })
        // Any period a late-recorded pause took back that no longer starts in the pause is put
        // back; periods that began since a day recorded late are due now, not at the next run.
        yield* restoreResumedAllocations(budget, { asOf: today, changeKey: `resumption:${on}` })
        if (on < today) yield* postDueAllocations(budget, today)
      }
      return yield* saveJourney(
        journey,
        { stage: resumeTo, suspension: null },
        { type: "BudgetResumed", payload: { decisionId: decision.id, resumeTo } },
      )
    }),
  )
})

export const ContingencyInput = Schema.Struct({
  journeyId: JourneyId,
  upliftPence: Pence,
  days: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 365 })),
  reason: Prose,
  /** The day the crisis help began, when recorded later; today when absent. */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type ContingencyInput = typeof ContingencyInput.Encoded

/**
 * Applies the plan's pre-agreed uplift in a crisis, without a new assessment. It ends by
 * itself after its last day: `contingencyActiveOn` reads it against the date.
 */
export const activateContingency = Effect.fn("activateContingency")(function* (raw: unknown) {
  const input = yield* decodeInput(ContingencyInput)(raw)
  const policy = yield* ContingencyPolicy
  const decisions = yield* DecisionRepository
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      // Crisis help is never locked by paperwork: an open review or a plan revision of a budget
      // already running does not stop the uplift its plan agreed.
      if (!isRevisingRunningBudget(journey))
        yield* checkIn(journey, ["active", "under-review"], "activateContingency")
      // The plan in force, not a revision still being drafted.
      const plan = journey.plans.find((p) => p.version === journey.approved?.planVersion)
      if (plan === undefined || journey.budgetId === null) {
        return yield* new MissingStep({ journeyId: journey.id, missing: "an approved plan" })
      }
      const budget = yield* loadBudget(journey.budgetId)
      const { day: from, reason: backdated } = yield* effectiveDay(
        input.effectiveFrom,
        today,
        yield* lastStartOf(budget),
      )
      // One uplift at a time: a new one (or one recorded late) may not overlap the last.
      if (
        contingencyActiveOn(journey, today) ||
        (journey.contingency !== null && journey.contingency.until >= from)
      ) {
        return yield* invalidAt(
          [input.effectiveFrom === undefined ? "journeyId" : "effectiveFrom"],
          `a contingency uplift already runs until ${journey.contingency?.until}`,
        )
      }
      const earlier = yield* decisions.listForPerson(journey.councilId, journey.personId)
      const policyInput = {
        annualBudgetPence: budget.amountPence,
        planUpliftCapPence: plan.content.contingency.upliftCapPence,
        planMaxDurationDays: plan.content.contingency.maxDurationDays,
        requestedUpliftPence: input.upliftPence,
        requestedDays: input.days,
        daysUsedInLast12Months: contingencyDaysUsed(earlier, from),
      }
      const outcome = yield* policy.decide(policyInput)
      const until = addDays(from, outcome.days - 1)
      const decision = yield* recordDecision({
        journey,
        kind: "contingency",
        outcome: outcome.allowed ? "uplift-applied" : "uplift-refused",
        reasons: [
          {
            criterion: "contingency/request",
            met: null,
            text: `Requested because: ${input.reason}.`,
          },
          ...outcome.reasons,
          ...(backdated === null
            ? []
            : [{ criterion: "contingency/effective-from", met: null, text: backdated }]),
        ],
        policy: outcome.policy,
        inputs: {
          request: input,
          from,
          plan: plan.content.contingency,
          annualBudgetPence: budget.amountPence,
          // Exactly what the policy saw, so the decision can be replayed.
          policyInput,
        },
        amounts: outcome.allowed ? { upliftPence: outcome.upliftPence, days: outcome.days } : {},
      })
      if (!outcome.allowed) return journey
      return yield* saveJourney(
        journey,
        {
          contingency: {
            upliftPence: outcome.upliftPence,
            from,
            until,
            decisionId: decision.id,
          },
        },
        { type: "ContingencyActivated", payload: { decisionId: decision.id, until } },
      )
    }),
  )
})

export const EndInput = Schema.Struct({
  journeyId: JourneyId,
  reason: EndReason,
  note: Note,
  /**
   * The day the budget ended, when recorded later (a death learned of after the day): no
   * allocation period begins on or after it; today when absent.
   */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type EndInput = typeof EndInput.Encoded

/** A good ending (or another): the budget ends and its reason is recorded. */
export const endJourney = Effect.fn("endJourney")(function* (raw: unknown) {
  const input = yield* decodeInput(EndInput)(raw)
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      yield* checkMove(journey, "ended", "endJourney")
      const budget = journey.budgetId === null ? undefined : yield* loadBudget(journey.budgetId)
      const on = yield* effectiveDay(
        input.effectiveFrom,
        today,
        budget === undefined ? undefined : yield* lastStartOf(budget),
      )
      return yield* closeJourney(journey, input.reason, input.note, on)
    }),
  )
})

const endingText: Record<EndReason, string> = {
  "goals-reached-moving-on":
    "The person reached their goals and is moving on: a planned, positive ending.",
  "moved-away": "The person moved away from the council's area.",
  "persons-choice": "The person chose to stop their budget.",
  died: "The person died.",
  "no-longer-eligible":
    "A reassessment found that the needs are no longer eligible, so the budget ends; you can challenge that decision.",
  other: "The budget ended for another reason.",
}

/** Records the ending decision and closes budget and journey (shared with review outcomes). */
export const closeJourney = Effect.fnUntraced(function* (
  journey: Parameters<typeof saveJourney>[0],
  reason: EndReason,
  note: string,
  effective?: { readonly day: string; readonly reason: string | null },
) {
  const today = yield* todayInLondon
  const on = effective?.day ?? today
  const decision = yield* recordDecision({
    journey,
    kind: "ending",
    outcome: reason,
    reasons: [
      { criterion: `ending/${reason}`, met: null, text: endingText[reason] },
      ...(note ? [{ criterion: "ending/note", met: null, text: note }] : []),
      ...(effective?.reason
        ? [
            {
              criterion: "ending/effective-from",
              met: null,
              text: `${effective.reason} No allocation is made for a period beginning on or after it; what was allocated and not spent returns to the funders.`,
            },
          ]
        : []),
    ],
    policy: byPerson("practitioner"),
    inputs: { reason, note, on, recordedOn: today },
  })
  if (journey.budgetId !== null) {
    const budget = yield* loadBudget(journey.budgetId)
    // The ledger is reconciled first: what is left returns to the funders, then the budget closes.
    yield* finalReconciliation(budget, today, decision.id)
    yield* changeAllocationSchedule(budget, { end: on })
    yield* changeBudget(budget, { status: "ended" }, "BudgetEnded")
  }
  return yield* saveJourney(
    journey,
    {
      stage: "ended",
      ending: { reason, note, on, decisionId: decision.id },
      reviews: journey.reviews.filter((r) => r.status === "completed"),
    },
    { type: "JourneyEnded", payload: { decisionId: decision.id, reason } },
  )
})
