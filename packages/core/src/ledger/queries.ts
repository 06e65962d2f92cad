import { Effect, Schema } from "effect"
import { CurrentActor } from "../model/Actor.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { endsOnOrAfterStart } from "../model/DateRange.ts"
import { CalendarDate } from "../model/Person.ts"
import { budgetMechanismOf } from "../model/Budget.ts"
import { addDays, todayInLondon } from "../model/CalendarDay.ts"
import { DecisionRepository } from "../ports/DecisionRepository.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { approvedLinesOf } from "../journey/approvedLines.ts"
import { linesInForceOn } from "../journey/linesInForceOn.ts"
import { annualLineCostPence } from "../journey/SupportPlan.ts"
import { mechanismSplit } from "./mechanismSplit.ts"
import { budgetForLedger } from "./post.ts"

const BudgetRef = Schema.Struct({ budgetId: BudgetId })

/** Balances per account, and per funding stream and category, all derived from the postings. */
export const ledgerBalances = Effect.fn("ledgerBalances")(function* (raw: unknown) {
  const { budgetId } = yield* decodeInput(BudgetRef)(raw)
  const budget = yield* budgetForLedger(budgetId, "ledger.read")
  const ledger = yield* LedgerRepository
  const balances = yield* ledger.balances(budget.councilId, budget.id)
  const accounts = [...balances.entries()]
    .map(([account, balancePence]) => ({ account, balancePence }))
    .sort((a, b) => a.account.localeCompare(b.account))
  return { budgetId: budget.id, accounts }
})

/** Planned against spent against left, per plan line and per spending category. */
export const spendingAgainstPlan = Effect.fn("spendingAgainstPlan")(function* (raw: unknown) {
  const { budgetId } = yield* decodeInput(BudgetRef)(raw)
  const budget = yield* budgetForLedger(budgetId, "ledger.read")
  const actor = yield* CurrentActor
  const ledger = yield* LedgerRepository
  const journeys = yield* JourneyRepository
  const journey = (yield* journeys.listForPerson(actor.councilId, budget.personId)).find(
    (j) => j.budgetId === budget.id,
  )
  // The lines in force (a refused line is not part of the budget); before an approval, the plan
  // being drafted.
  const inForce =
    journey === undefined
      ? []
      : journey.approved !== null
        ? approvedLinesOf(journey)
        : (journey.currentPlan?.content.lines ?? [])
  const balances = yield* ledger.balances(budget.councilId, budget.id)
  const lines = inForce.map((line) => {
    const planned = annualLineCostPence(line)
    const spent = balances.get(`spent:${line.id}`) ?? 0
    return {
      lineId: line.id,
      description: line.description,
      category: line.category,
      plannedPence: planned,
      spentPence: spent,
      leftPence: planned - spent,
    }
  })
  const categories = new Map<string, { plannedPence: number; spentPence: number }>()
  for (const line of lines) {
    const c = categories.get(line.category) ?? { plannedPence: 0, spentPence: 0 }
    categories.set(line.category, {
      plannedPence: c.plannedPence + line.plannedPence,
      spentPence: c.spentPence + line.spentPence,
    })
  }
  return {
    budgetId: budget.id,
    lines,
    categories: [...categories.entries()].map(([category, c]) => ({
      category,
      ...c,
      leftPence: c.plannedPence - c.spentPence,
    })),
  }
})

export const StatementInput = Schema.Struct({
  budgetId: BudgetId,
  from: CalendarDate,
  to: CalendarDate,
  /**
   * The statement as it stood at the end of this day: only what had been recorded by then, with
   * the plan then in force, so a statement sent on that day can be produced again exactly, even
   * after changes recorded later with earlier effective dates. Absent: as things stand now.
   */
  asAt: Schema.optionalKey(CalendarDate),
}).check(endsOnOrAfterStart)
export type StatementInput = typeof StatementInput.Encoded

/**
 * A budget statement for a date range: opening balances, the postings, closing balances, and
 * each part of the budget by how it is held (planned a year, paid and spent in the range).
 */
export const budgetStatement = Effect.fn("budgetStatement")(function* (raw: unknown) {
  const input = yield* decodeInput(StatementInput)(raw)
  if (input.asAt !== undefined && input.asAt > (yield* todayInLondon))
    return yield* invalidAt(
      ["asAt"],
      "a statement can be as at today or a day gone, not one to come",
    )
  const budget = yield* budgetForLedger(input.budgetId, "ledger.read")
  const ledger = yield* LedgerRepository
  const knownBy = input.asAt
  const toList = (m: ReadonlyMap<string, number>) =>
    [...m.entries()]
      .map(([account, balancePence]) => ({ account, balancePence }))
      .sort((a, b) => a.account.localeCompare(b.account))
  const opening = yield* ledger.balances(
    budget.councilId,
    budget.id,
    addDays(input.from, -1),
    knownBy,
  )
  const closing = yield* ledger.balances(budget.councilId, budget.id, input.to, knownBy)
  const postings = yield* ledger.postings(
    budget.councilId,
    budget.id,
    { from: input.from, to: input.to },
    knownBy,
  )
  const journeys = yield* JourneyRepository
  const journey = (yield* journeys.listForPerson(budget.councilId, budget.personId)).find(
    (j) => j.budgetId === budget.id,
  )
  const lines =
    journey === undefined
      ? []
      : knownBy === undefined
        ? approvedLinesOf(journey)
        : linesInForceOn(
            journey,
            (yield* (yield* DecisionRepository).listForPerson(
              budget.councilId,
              budget.personId,
            )).filter((d) => d.subjectType === "journey" && d.subjectId === journey.id),
            knownBy,
          )
  return {
    budgetId: budget.id,
    from: input.from,
    to: input.to,
    deliveryMechanism:
      knownBy === undefined
        ? budget.deliveryMechanism
        : (budgetMechanismOf(lines) ?? budget.deliveryMechanism),
    byMechanism: mechanismSplit(lines, postings),
    opening: toList(opening),
    postings,
    closing: toList(closing),
  }
})

/** Every posting of a budget, oldest first. */
export const ledgerHistory = Effect.fn("ledgerHistory")(function* (raw: unknown) {
  const { budgetId } = yield* decodeInput(BudgetRef)(raw)
  const budget = yield* budgetForLedger(budgetId, "ledger.read")
  const ledger = yield* LedgerRepository
  return yield* ledger.postings(budget.councilId, budget.id)
})
