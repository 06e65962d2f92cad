import { Effect } from "effect"
import { type BudgetChanges, changeBudget, loadBudget } from "../../journey/budgetChanges.ts"
import { byPerson } from "../../journey/steps.ts"
import { reallocateFrom } from "../../ledger/adjustAllocations.ts"
import type { Budget } from "../../model/Budget.ts"
import type { BudgetId } from "../../model/Ids.ts"
import { londonDateOf } from "../../model/CalendarDay.ts"
import { invalidAt } from "../../model/Input.ts"
import type { Challenge } from "../Challenge.ts"
import type { Decision, Reason } from "../Decision.ts"

/** What the reviewer decided, as the effects need it. */
export interface UpheldChallenge {
  readonly challenge: Challenge
  readonly original: Decision
  readonly result: "upheld" | "partly-upheld"
  readonly reasons: readonly [Reason, ...Array<Reason>]
  readonly newAmountPence: number | undefined
  readonly effectiveFrom: string | undefined
  readonly today: string
}

export const superseding = (upheld: UpheldChallenge) => ({
  reasons: upheld.reasons,
  policy: byPerson("reviewer"),
  inputs: { ...upheld.original.inputs, challengeId: upheld.challenge.id },
  supersedes: upheld.original.id,
})

/**
 * The day a change counts from: the reviewer's, or the challenged decision's own day; never a day
 * still to come.
 */
export const effectiveDay = Effect.fnUntraced(function* (upheld: UpheldChallenge) {
  const from = upheld.effectiveFrom ?? londonDateOf(upheld.original.madeAt)
  if (from > upheld.today)
    return yield* invalidAt(["effectiveFrom"], "the change takes effect on a day already come")
  return from
})

/**
 * The budget takes its new amounts and the allocations already posted are topped up from the
 * day the change counts from (new postings; the challenge's id keys them).
 */
export const rebudget = Effect.fnUntraced(function* (
  budgetId: BudgetId,
  changes: (before: Budget) => BudgetChanges,
  eventType: string,
  upheld: UpheldChallenge,
  from: string,
) {
  const before = yield* loadBudget(budgetId)
  const after = yield* changeBudget(before, changes(before), eventType)
  yield* reallocateFrom(
    after,
    { before: before.fundingStreams, after: after.fundingStreams },
    {
      from,
      asOf: upheld.today,
      changeKey: `challenge:${upheld.challenge.id}`,
    },
  )
  return after
})

/** The new yearly amount of a budget challenged with success: never below what it challenged. */
export const raisedAmount = Effect.fnUntraced(function* (upheld: UpheldChallenge, was: number) {
  const amount = upheld.newAmountPence
  if (amount === undefined)
    return yield* invalidAt(
      ["newAmountPence"],
      "a budget challenged with success needs its new yearly amount",
    )
  if (amount < was)
    return yield* invalidAt(
      ["newAmountPence"],
      `a challenge that succeeds cannot lower the budget below the ${was} pence it challenged`,
    )
  return amount
})

/** The budget's streams with the difference on the first (the council's, or the only one). */
export const withAmount = (budget: Budget, amount: number) => {
  const others = budget.fundingStreams.slice(1).reduce((t, s) => t + s.amountPence, 0)
  const streams = budget.fundingStreams.map((s, i) =>
    i === 0 ? { ...s, amountPence: amount - others } : s,
  )
  return {
    amountPence: amount,
    fundingStreams: streams.every((s) => s.amountPence >= 0)
      ? streams
      : [{ stream: "council-social-care" as const, amountPence: amount }],
  }
}
