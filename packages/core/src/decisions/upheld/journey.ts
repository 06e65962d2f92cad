import { Effect, Schema } from "effect"
import { changeBudget, loadBudget } from "../../journey/budgetChanges.ts"
import { type Journey, Submission } from "../../journey/Journey.ts"
import { JourneyAlreadyOpen } from "../../journey/JourneyErrors.ts"
import { reviewsAfter } from "../../journey/reviewSchedule.ts"
import { checkMove, recordDecision, saveJourney } from "../../journey/steps.ts"
import { postDueAllocations } from "../../ledger/allocation.ts"
import { restoreResumedAllocations } from "../../ledger/pauseAllocations.ts"
import { changeAllocationSchedule, undoFinalReconciliation } from "../../ledger/usecases.ts"
import { invalidAt } from "../../model/Input.ts"
import { JourneyRepository } from "../../ports/JourneyRepository.ts"
import { ReviewSchedulePolicy } from "../../policies/ReviewSchedulePolicy.ts"
import { superseding, type UpheldChallenge } from "./UpheldChallenge.ts"

/** Not eligible, challenged with success: the person is eligible and the journey goes on. */
export const eligibility = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  if (upheld.original.outcome !== "not-eligible") return journey
  yield* checkMove(journey, "eligibility-decided", "resolveChallenge")
  const decision = yield* recordDecision({
    journey,
    kind: "eligibility",
    outcome: "eligible",
    ...superseding(upheld),
  })
  return yield* saveJourney(
    journey,
    { stage: "eligibility-decided", eligibilityDecisionId: decision.id },
    { type: "EligibilityOverturned", payload: { decisionId: decision.id } },
  )
})

/**
 * A surplus proposal challenged with success is withdrawn in whole, or in part to the amount
 * the reviewer sets (notice was given with the original, so no new window).
 */
export const surplusProposal = Effect.fnUntraced(function* (
  journey: Journey,
  upheld: UpheldChallenge,
) {
  const { original } = upheld
  if (!original.outcome.startsWith("proposed-")) return journey
  if (upheld.result === "partly-upheld" && upheld.newAmountPence === undefined)
    return yield* invalidAt(
      ["newAmountPence"],
      "a proposal upheld in part needs the amount that may still be recovered",
    )
  const remaining = upheld.result === "partly-upheld" ? upheld.newAmountPence! : 0
  const proposed = original.amounts.surplusPence ?? 0
  if (remaining > proposed)
    return yield* invalidAt(
      ["newAmountPence"],
      `a challenge that succeeds in part cannot raise the proposal above ${proposed} pence`,
    )
  yield* recordDecision({
    journey,
    kind: "clawback",
    outcome: remaining > 0 ? original.outcome : "none",
    ...superseding(upheld),
    amounts: {
      surplusPence: remaining,
      responseWindowDays: 0,
      // What is left is capped as the original was, and still needs the manager it needed.
      ...(original.amounts.offsetCapPence === undefined
        ? {}
        : { offsetCapPence: original.amounts.offsetCapPence }),
    },
    subject: { type: "budget", id: original.subjectId },
    flags: remaining > 0 ? original.flags : [],
  })
  return journey
})

/**
 * A suspension challenged with success is withdrawn as if it never happened: the pause is taken
 * off the schedule, the money of the paused periods is allocated, and a budget still paused
 * runs again.
 */
export const suspension = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  const pausedFrom = original.inputs.from
  if (typeof pausedFrom !== "string") return journey
  const stillPaused =
    journey.stage === "suspended" && journey.suspension?.decisionId === original.id
  const resumeTo = journey.suspension?.resumeTo ?? "active"
  if (stillPaused) yield* checkMove(journey, resumeTo, "resolveChallenge")
  const decision = yield* recordDecision({
    journey,
    kind: "resumption",
    outcome: "resumed",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/suspension-withdrawn",
        met: true,
        text: `The suspension from ${pausedFrom} is withdrawn: the budget counts as running throughout, and the paused periods' money is allocated.`,
      },
    ],
  })
  if (journey.budgetId !== null) {
    let budget = yield* loadBudget(journey.budgetId)
    yield* changeAllocationSchedule(budget, { unpause: pausedFrom })
    if (stillPaused) budget = yield* changeBudget(budget, { status: "active" }, "BudgetResumed")
    // What the pause took back is put back, and the periods it skipped are allocated.
    yield* restoreResumedAllocations(budget, {
      asOf: upheld.today,
      changeKey: `challenge:${upheld.challenge.id}`,
    })
    yield* postDueAllocations(budget, upheld.today)
  }
  if (!stillPaused) return journey
  return yield* saveJourney(
    journey,
    { stage: resumeTo, suspension: null },
    { type: "SuspensionWithdrawn", payload: { decisionId: decision.id } },
  )
})

/**
 * A plan refusal challenged with success is withdrawn: the plan as refused goes back before an
 * approver, its submission restored, so the approval (and the money it starts) is decided with
 * the limits and checks every approval has. Refused when the plan has changed since.
 */
export const planRefusal = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  const submission = yield* Schema.decodeUnknownEffect(Submission)(original.inputs.submission).pipe(
    Effect.orElseSucceed(() => null),
  )
  const latest = journey.plans.at(-1)?.version
  if (journey.stage !== "planning" || submission === null || latest !== submission.planVersion)
    return yield* invalidAt(
      ["challengeId"],
      "the refused plan has changed or moved on since; submit the plan again for approval",
    )
  yield* checkMove(journey, "awaiting-approval", "resolveChallenge")
  return yield* saveJourney(
    journey,
    { stage: "awaiting-approval", submission },
    {
      type: "PlanRefusalWithdrawn",
      payload: { refusalDecisionId: original.id, planVersion: submission.planVersion },
    },
  )
})

/**
 * An ending challenged with success is withdrawn: the budget is restored as it was (the money the
 * final reconciliation returned comes back by a mirror posting, the schedule reopens and the
 * periods since the ending are allocated), review clocks restart, and the journey is active again.
 * Refused while the person has a newer journey open.
 */
export const ending = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  if (journey.stage !== "ended" || journey.ending?.decisionId !== original.id) return journey
  const journeys = yield* JourneyRepository
  const open = (yield* journeys.listForPerson(journey.councilId, journey.personId)).find(
    (j) => j.id !== journey.id && j.stage !== "ended" && j.stage !== "declined",
  )
  if (open !== undefined)
    return yield* new JourneyAlreadyOpen({ personId: journey.personId, journeyId: open.id })
  const decision = yield* recordDecision({
    journey,
    kind: "resumption",
    outcome: "resumed",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/ending-withdrawn",
        met: true,
        text: `The ending on ${journey.ending.on} is withdrawn: the budget is restored as it was, with its money and its plan.`,
      },
    ],
  })
  const plan = journey.plans.find((p) => p.version === journey.approved?.planVersion)
  const reviews =
    plan === undefined
      ? journey.reviews
      : yield* reviewsAfter(
          journey.reviews,
          plan.content.lines,
          yield* ReviewSchedulePolicy,
          upheld.today,
        )
  if (journey.budgetId !== null) {
    const ended = yield* loadBudget(journey.budgetId)
    yield* undoFinalReconciliation(
      ended,
      upheld.today,
      original.id,
      `restore:${upheld.challenge.id}`,
    )
    yield* changeAllocationSchedule(ended, { reopen: true })
    const budget = yield* changeBudget(ended, { status: "active" }, "BudgetRestored")
    yield* postDueAllocations(budget, upheld.today)
  }
  return yield* saveJourney(
    journey,
    { stage: "active", ending: null, reviews },
    { type: "EndingWithdrawn", payload: { decisionId: decision.id } },
  )
})
