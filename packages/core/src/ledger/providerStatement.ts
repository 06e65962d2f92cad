import { Effect, Schema } from "effect"
import { approvedLinesOf } from "../journey/approvedLines.ts"
import { annualLineCostPence, SpendingCategory } from "../journey/SupportPlan.ts"
import { CurrentActor } from "../model/Actor.ts"
import { endsOnOrAfterStart } from "../model/DateRange.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { CalendarDate } from "../model/Person.ts"
import { Label } from "../model/Text.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { budgetForLedger } from "./post.ts"
import { Posting } from "./Posting.ts"

export const ProviderStatementInput = Schema.Struct({
  budgetId: BudgetId,
  from: CalendarDate,
  to: CalendarDate,
  /** The provider's account: a provider reads its own (leave it out); the council names one. */
  providerId: Schema.optionalKey(Label),
}).check(endsOnOrAfterStart)
export type ProviderStatementInput = typeof ProviderStatementInput.Encoded

export const ProviderStatement = Schema.Struct({
  budgetId: BudgetId,
  providerId: Schema.String,
  from: CalendarDate,
  to: CalendarDate,
  /** The plan lines in force that the provider is contracted for on this budget. */
  lines: Schema.Array(
    Schema.Struct({
      lineId: Schema.String,
      description: Schema.String,
      category: SpendingCategory,
      plannedAnnualPence: Schema.Int,
      /** Spent on the line in the range, reversals netted. */
      spentPence: Schema.Int,
    }).annotate({ identifier: "ProviderStatementLine" }),
  ),
  /** The spending recorded on those lines in the range, and any reversal of it. */
  postings: Schema.Array(Posting),
}).annotate({ identifier: "ProviderStatement" })
export type ProviderStatement = typeof ProviderStatement.Type

/**
 * What a provider has delivered and been paid for on one budget: the plan lines it is contracted
 * for and the spending recorded on them, nothing of the person's other lines or money. A provider
 * reads its own; finance and the council read any provider's.
 */
export const providerStatement = Effect.fn("providerStatement")(function* (raw: unknown) {
  const input = yield* decodeInput(ProviderStatementInput)(raw)
  const actor = yield* CurrentActor
  const budget = yield* budgetForLedger(input.budgetId, "provider.statement")
  const provider = actor.roles.includes("provider") ? actor.subject : input.providerId
  if (provider === undefined)
    return yield* invalidAt(["providerId"], "name the provider whose statement this is")
  if (input.providerId !== undefined && input.providerId !== provider)
    return yield* invalidAt(["providerId"], "a provider reads its own statement only")
  const journey = (yield* (yield* JourneyRepository).listForPerson(
    budget.councilId,
    budget.personId,
  )).find((j) => j.budgetId === budget.id)
  const lines = journey === undefined ? [] : approvedLinesOf(journey)
  const contracted = lines.filter((line) => line.providerId === provider)
  const ids = new Set(contracted.map((line) => line.id))
  // A reversal names no line: it counts by the posting it reverses, whenever that was.
  const all = yield* (yield* LedgerRepository).postings(budget.councilId, budget.id)
  const onLines = new Set(
    all.filter((p) => p.details.lineId !== undefined && ids.has(p.details.lineId)).map((p) => p.id),
  )
  const postings = all.filter(
    (p) =>
      p.effectiveDate >= input.from &&
      p.effectiveDate <= input.to &&
      (onLines.has(p.id) || (p.reverses !== null && onLines.has(p.reverses))),
  )
  const result: ProviderStatement = {
    budgetId: budget.id,
    providerId: provider,
    from: input.from,
    to: input.to,
    lines: contracted.map((line) => ({
      lineId: line.id,
      description: line.description,
      category: line.category,
      plannedAnnualPence: annualLineCostPence(line),
      spentPence: postings
        .flatMap((p) => p.entries)
        .filter((e) => e.account === `spent:${line.id}`)
        .reduce((total, e) => total + e.amountPence, 0),
    })),
    postings,
  }
  return result
})
