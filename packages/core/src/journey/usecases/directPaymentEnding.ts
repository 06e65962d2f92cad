import { Array as Arr, Effect, Schema } from "effect"
import { CurrentActor } from "../../model/Actor.ts"
import { addDays, todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import { CalendarDate } from "../../model/Person.ts"
import { formatPounds } from "../../model/Money.ts"
import { Label, Prose } from "../../model/Text.ts"
import { nowIso } from "../../model/Time.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { DirectPaymentConditionsPolicy } from "../../policies/DirectPaymentConditionsPolicy.ts"
import { returnDirectPaymentBalance } from "../../ledger/returnToFunders.ts"
import { budgetMechanismOf } from "../../model/Budget.ts"
import { approvedLinesOf } from "../approvedLines.ts"
import { changeBudget, loadBudget } from "../budgetChanges.ts"
import { effectiveDay, lastStartOf } from "../effectiveDate.ts"
import {
  DEFAULT_ENDING_NOTICE_DAYS,
  DirectPaymentEndingReason,
  type DirectPaymentEnding,
  endingReasonText,
  ManagedAlternative,
  mayStopAtOnce,
} from "../DirectPaymentEnding.ts"
import { type Journey, JourneyId } from "../Journey.ts"
import { MissingStep } from "../JourneyErrors.ts"
import { annualPlanCostPence } from "../SupportPlan.ts"
import { byPerson, checkIn, loadJourney, recordDecision, saveJourney } from "../steps.ts"

const arrangedAs: Record<ManagedAlternative["mechanism"], string> = {
  notional: "arranged by the council",
  "third-party": "held and paid by a third party",
}

/** The approved plan's version and content, or the missing step. */
const approvedPlan = (journey: Journey) => {
  const version = journey.plans.find((p) => p.version === journey.approved?.planVersion)
  return version === undefined
    ? Effect.fail(new MissingStep({ journeyId: journey.id, missing: "an approved plan" }))
    : Effect.succeed(version)
}

/** Direct payments on their way to stopping, not yet completed, or the missing step. */
const endingInProgress = (journey: Journey) => {
  const ending = journey.directPaymentEnding
  return ending === undefined || ending === null || ending.completed !== null
    ? Effect.fail(
        new MissingStep({ journeyId: journey.id, missing: "notice that direct payments stop" }),
      )
    : Effect.succeed(ending)
}

export const DirectPaymentNoticeInput = Schema.Struct({
  journeyId: JourneyId,
  reason: DirectPaymentEndingReason,
  /** What happened, in the words the person will read. */
  explanation: Prose,
  /** To stop the same day: why (allowed only for a reason that may stop them at once). */
  immediateBecause: Schema.optionalKey(Prose),
  alternative: ManagedAlternative,
  /**
   * The day notice was given (a letter sent before it was recorded): the notice runs from it.
   * Today when absent; no further back than the council allows.
   */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type DirectPaymentNoticeInput = typeof DirectPaymentNoticeInput.Encoded

/**
 * Gives notice that direct payments stop (the policy's notice, four weeks by default; the same
 * day only for a reason the law allows, with why), and records the managed or third-party
 * arrangement that keeps the support going. No money moves yet.
 */
export const giveDirectPaymentNotice = Effect.fn("giveDirectPaymentNotice")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(DirectPaymentNoticeInput)(raw)
  const conditions = yield* DirectPaymentConditionsPolicy
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      yield* checkIn(journey, ["active", "under-review", "suspended"], "giveDirectPaymentNotice")
      const plan = yield* approvedPlan(journey)
      if (!plan.content.lines.some((l) => l.deliveryMechanism === "direct-payment"))
        return yield* new MissingStep({
          journeyId: journey.id,
          missing: "direct payments in the approved plan",
        })
      const current = journey.directPaymentEnding
      if (current !== undefined && current !== null && current.completed === null)
        return yield* invalidAt(
          ["journeyId"],
          `notice was given on ${current.noticeGivenOn}: direct payments stop on ${current.endsOn}`,
        )
      if (input.immediateBecause !== undefined && !mayStopAtOnce.has(input.reason))
        return yield* invalidAt(
          ["immediateBecause"],
          "direct payments stopped for this reason need notice; only the person's own request, conditions no longer met, a suspected offence or withdrawn consent may stop them the same day",
        )
      const budget = journey.budgetId === null ? undefined : yield* loadBudget(journey.budgetId)
      const { day: givenOn, reason: backdated } = yield* effectiveDay(
        input.effectiveFrom,
        today,
        budget === undefined ? undefined : yield* lastStartOf(budget),
      )
      const noticeDays = conditions.endingNoticeDays ?? DEFAULT_ENDING_NOTICE_DAYS
      const endsOn = input.immediateBecause === undefined ? addDays(givenOn, noticeDays) : givenOn
      const { alternative } = input
      const decision = yield* recordDecision({
        journey,
        kind: "direct-payment-ending",
        outcome: "notice-given",
        reasons: [
          {
            criterion: `direct-payment-ending/${input.reason}`,
            met: null,
            text: endingReasonText[input.reason],
          },
          { criterion: "direct-payment-ending/explanation", met: null, text: input.explanation },
          {
            criterion: "direct-payment-ending/notice",
            met: null,
            text:
              input.immediateBecause === undefined
                ? `Your direct payments carry on for ${noticeDays} days' notice from ${givenOn} and stop on ${endsOn}.`
                : `Your direct payments stop on ${givenOn}: ${input.immediateBecause}`,
          },
          ...(backdated === null
            ? []
            : [{ criterion: "direct-payment-ending/notice-given-on", met: null, text: backdated }]),
          {
            criterion: "direct-payment-ending/alternative",
            met: alternative.personAgreed,
            text: `Your support carries on: from ${endsOn} it is ${arrangedAs[alternative.mechanism]} (${alternative.arrangedBy}). ${
              alternative.personAgreed
                ? "You agreed to this."
                : "You have not agreed to this; the council still meets your eligible needs, and you can challenge this decision."
            }`,
          },
          {
            criterion: "direct-payment-ending/money",
            met: null,
            text: "No money goes back until what is left in your account has been talked through with you and recorded.",
          },
        ],
        policy: byPerson("practitioner"),
        inputs: {
          reason: input.reason,
          explanation: input.explanation,
          immediateBecause: input.immediateBecause ?? null,
          alternative,
          noticeGivenOn: givenOn,
          recordedOn: today,
          endsOn,
          noticeDays,
        },
      })
      const ending: DirectPaymentEnding = {
        reason: input.reason,
        explanation: input.explanation,
        noticeGivenOn: givenOn,
        endsOn,
        immediateBecause: input.immediateBecause ?? null,
        alternative,
        noticeDecisionId: decision.id,
        underspend: null,
        completed: null,
      }
      return yield* saveJourney(
        journey,
        { directPaymentEnding: ending },
        {
          type: "DirectPaymentNoticeGiven",
          payload: { decisionId: decision.id, endsOn, reason: input.reason },
        },
      )
    }),
  )
})

export const UnderspendDiscussionInput = Schema.Struct({
  journeyId: JourneyId,
  /** Who took part: the person, their nominee or carer, the practitioner. */
  withWhom: Label,
  /** What is left in the account, why, and what was agreed. */
  summary: Prose,
})
export type UnderspendDiscussionInput = typeof UnderspendDiscussionInput.Encoded

/** Records the conversation about what is left in the account (today), which the money waits for. */
export const recordUnderspendDiscussion = Effect.fn("recordUnderspendDiscussion")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(UnderspendDiscussionInput)(raw)
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      const ending = yield* endingInProgress(journey)
      return yield* saveJourney(
        journey,
        {
          directPaymentEnding: {
            ...ending,
            underspend: { discussedOn: today, withWhom: input.withWhom, summary: input.summary },
          },
        },
        { type: "UnderspendDiscussed", payload: { noticeDecisionId: ending.noticeDecisionId } },
      )
    }),
  )
})

export const CompleteDirectPaymentEndingInput = Schema.Struct({ journeyId: JourneyId })
export type CompleteDirectPaymentEndingInput = typeof CompleteDirectPaymentEndingInput.Encoded

/**
 * Once the notice has run and the underspend has been talked through, returns what is left in
 * the direct-payment account to the funders (a posting) and moves the plan's direct-payment
 * lines to the alternative, as a new version of the approved plan, so the support carries on.
 */
export const completeDirectPaymentEnding = Effect.fn("completeDirectPaymentEnding")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(CompleteDirectPaymentEndingInput)(raw)
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  const createdAt = yield* nowIso
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.manage")
      const ending = yield* endingInProgress(journey)
      if (today < ending.endsOn)
        return yield* new MissingStep({
          journeyId: journey.id,
          missing: `the end of the notice on ${ending.endsOn}`,
        })
      if (ending.underspend === null)
        return yield* new MissingStep({
          journeyId: journey.id,
          missing: "the conversation about what is left in the account, recorded",
        })
      const plan = yield* approvedPlan(journey)
      const budget = yield* loadBudget(journey.budgetId!)
      const returnedPence = yield* returnDirectPaymentBalance(
        budget,
        today,
        ending.noticeDecisionId,
      )
      const moved = plan.content.lines.filter((l) => l.deliveryMechanism === "direct-payment")
      // Kept non-empty, as a plan's lines always are.
      const lines = Arr.map(plan.content.lines, (l) =>
        l.deliveryMechanism === "direct-payment"
          ? { ...l, deliveryMechanism: ending.alternative.mechanism }
          : l,
      )
      const version = Math.max(...journey.plans.map((p) => p.version)) + 1
      const decision = yield* recordDecision({
        journey,
        kind: "direct-payment-ending",
        outcome: "direct-payments-ended",
        reasons: [
          {
            criterion: "direct-payment-ending/underspend",
            met: true,
            text: `What was left in the account was talked through on ${ending.underspend.discussedOn} with ${ending.underspend.withWhom}: ${ending.underspend.summary}`,
          },
          {
            criterion: "direct-payment-ending/returned",
            met: null,
            text:
              returnedPence === 0
                ? "Nothing was left in the account, so no money goes back."
                : `${formatPounds(returnedPence)} left in the account goes back to the funders it came from.`,
          },
          {
            criterion: "direct-payment-ending/support-continues",
            met: true,
            text: `${moved.map((l) => l.description).join("; ")}: now ${arrangedAs[ending.alternative.mechanism]} (${ending.alternative.arrangedBy}), from ${today}.`,
          },
        ],
        policy: byPerson("practitioner"),
        inputs: { noticeDecisionId: ending.noticeDecisionId, movedLineIds: moved.map((l) => l.id) },
        amounts: { returnedPence },
        supersedes: ending.noticeDecisionId,
      })
      // The budget is held as its lines in force now are: a direct payment becomes the
      // alternative, and a mixed budget may now be held one way.
      const inForce = new Set(approvedLinesOf(journey).map((l) => l.id))
      const mechanism =
        budgetMechanismOf(lines.filter((l) => inForce.has(l.id))) ?? budget.deliveryMechanism
      if (mechanism !== budget.deliveryMechanism)
        yield* changeBudget(budget, { deliveryMechanism: mechanism }, "BudgetMechanismChanged")
      return yield* saveJourney(
        journey,
        {
          plans: [
            ...journey.plans,
            {
              version,
              content: { ...plan.content, lines },
              createdAt,
              createdBy: actor.subject,
              annualCostPence: annualPlanCostPence(lines),
            },
          ],
          approved: { ...journey.approved!, planVersion: version },
          directPaymentEnding: {
            ...ending,
            completed: { on: today, returnedPence, decisionId: decision.id },
          },
        },
        {
          type: "DirectPaymentsEnded",
          payload: { decisionId: decision.id, returnedPence },
        },
      )
    }),
  )
})
