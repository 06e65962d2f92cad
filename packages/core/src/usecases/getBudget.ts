import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { BudgetNotFound } from "../model/Errors.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"

export const GetBudgetInput = Schema.Struct({ budgetId: BudgetId })
export type GetBudgetInput = typeof GetBudgetInput.Encoded

/** One budget of the actor's council. */
export const getBudget = Effect.fn("getBudget")(function* (raw: unknown) {
  const { budgetId } = yield* decodeInput(GetBudgetInput)(raw)
  const actor = yield* CurrentActor
  const budgets = yield* BudgetRepository
  const found = yield* budgets.findById(actor.councilId, budgetId)
  if (Option.isNone(found)) return yield* new BudgetNotFound({ budgetId })
  yield* authorize("budget.read", found.value.personId, { budgetId })
  return found.value
})
