import {
  type BudgetSpendingFacts,
  defineExporter,
  keysetStream,
  ReportingFacts,
  SpendingCategory,
} from "@openpb/plugin-sdk"
import { Stream } from "effect"
import { aggregateReport, type ReportParameters } from "./parameters.ts"
import { aggregate, daysBetween, grid, PAGE_SIZE, suppressed, TOTAL } from "./tables.ts"

export const CATEGORIES = SpendingCategory.literals
export const MECHANISMS = ["direct-payment", "third-party", "notional"] as const

/** Days of the period the budget was live: from its approval to its ending, both included. */
export const liveDays = (budget: BudgetSpendingFacts, period: ReportParameters["period"]) => {
  if (budget.activatedOn === null) return 0
  const from = [budget.activatedOn, period.from].sort()[1]!
  const to = budget.endedOn === null ? period.to : [budget.endedOn, period.to].sort()[0]!
  return from > to ? 0 : daysBetween(from, to) + 1
}

interface State {
  readonly budgets: Array<Array<number>>
  readonly planned: Array<Array<number>>
  readonly spent: Array<Array<number>>
}

const step =
  (period: ReportParameters["period"]) => (state: State, budget: BudgetSpendingFacts) => {
    const days = liveDays(budget, period)
    const annual = grid(CATEGORIES.length, MECHANISMS.length)
    for (const line of budget.planned)
      annual[CATEGORIES.indexOf(line.category)]![MECHANISMS.indexOf(line.mechanism)]! +=
        line.annualPence
    const spent = grid(CATEGORIES.length, MECHANISMS.length)
    for (const s of budget.spent)
      spent[CATEGORIES.indexOf(s.category)]![MECHANISMS.indexOf(s.mechanism)]! += s.pence
    for (let c = 0; c < CATEGORIES.length; c++) {
      for (let m = 0; m < MECHANISMS.length; m++) {
        // The plan's yearly cost for the days of the period the budget was live.
        const planned = Math.round((annual[c]![m]! * days) / 365)
        const paid = spent[c]![m]!
        if (planned === 0 && paid === 0) continue
        state.budgets[c]![m]! += 1
        state.planned[c]![m]! += planned
        state.spent[c]![m]! += paid
      }
    }
  }

/**
 * Spending by category and delivery mechanism: what approved plans planned for the period
 * against what the ledger shows spent in it (reversals netted), with how many budgets each
 * figure covers.
 */
export const spendingByCategory = defineExporter<ReportParameters>({
  id: "spending-by-category",
  version: "1.0.0",
  description:
    "Planned and spent in the period by spending category and delivery mechanism, with the number of budgets; small numbers suppressed",
  ...aggregateReport,
  columns: [
    { key: "category", header: "Spending category" },
    { key: "mechanism", header: "Delivery mechanism" },
    { key: "budgets", header: "Budgets" },
    { key: "planned_pence", header: "Planned in the period (pence)" },
    { key: "spent_pence", header: "Spent in the period (pence)" },
  ],
  rows: ({ period, asAt }, { councilId }) =>
    aggregate(
      Stream.unwrap(
        ReportingFacts.useSync((facts) =>
          keysetStream(
            PAGE_SIZE,
            (afterId, limit) => facts.spending({ councilId, afterId, limit, asAt, ...period }),
            (b) => b.budgetId,
          ),
        ),
      ),
      (): State => ({
        budgets: grid(CATEGORIES.length, MECHANISMS.length),
        planned: grid(CATEGORIES.length, MECHANISMS.length),
        spent: grid(CATEGORIES.length, MECHANISMS.length),
      }),
      step(period),
      (state) => {
        const [budgets, planned, spent] = suppressed(state.budgets, [state.planned, state.spent])
        return budgets!.flatMap((row, c) =>
          row.map((count, m) => ({
            category: CATEGORIES[c] ?? TOTAL,
            mechanism: MECHANISMS[m] ?? TOTAL,
            budgets: count,
            planned_pence: planned![c]![m]!,
            spent_pence: spent![c]![m]!,
          })),
        )
      },
    ),
})
