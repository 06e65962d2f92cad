import { Effect, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { todayInLondon } from "../model/CalendarDay.ts"
import { decodeInput } from "../model/Input.ts"
import type { BudgetId } from "../model/Ids.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { postDueAllocations } from "./allocation.ts"

const PAGE = 200

export const AllocateDueForCouncilInput = Schema.Struct({})
export type AllocateDueForCouncilInput = typeof AllocateDueForCouncilInput.Encoded

export const CouncilAllocationRun = Schema.Struct({
  /** The London day the run allocated to. */
  asOf: Schema.String,
  /** Active budgets looked at. */
  budgets: Schema.Int,
  /** Allocation postings in place for the periods due, made by this run or an earlier one. */
  allocationsInPlace: Schema.Int,
  /** Budgets whose allocation failed, each with why; the others went ahead. */
  failed: Schema.Array(Schema.Struct({ budgetId: Schema.String, reason: Schema.String })),
}).annotate({ identifier: "CouncilAllocationRun" })
export type CouncilAllocationRun = typeof CouncilAllocationRun.Type

/**
 * Posts every allocation period that has begun for every active budget of the council: what the
 * schedule runs, and what a finance officer may run by hand. One transaction per budget, so one
 * budget's failure stops no other; each period has its own key, so a second run, or another
 * process running at the same time, posts nothing twice.
 */
export const allocateDueForCouncil = Effect.fn("allocateDueForCouncil")(function* (raw: unknown) {
  yield* decodeInput(AllocateDueForCouncilInput)(raw)
  yield* authorize("ledger.allocate")
  const actor = yield* CurrentActor
  const budgets = yield* BudgetRepository
  const uow = yield* UnitOfWork
  const asOf = yield* todayInLondon
  let looked = 0
  let allocationsInPlace = 0
  const failed: Array<{ budgetId: string; reason: string }> = []
  let afterId: BudgetId | undefined
  for (;;) {
    const page = yield* budgets.list({ councilId: actor.councilId, limit: PAGE, afterId })
    for (const budget of page) {
      if (budget.status !== "active") continue
      looked++
      yield* uow.transaction(postDueAllocations(budget, asOf)).pipe(
        Effect.match({
          onSuccess: (postings) => {
            allocationsInPlace += postings.length
          },
          onFailure: (error) => {
            failed.push({ budgetId: budget.id, reason: error.message })
          },
        }),
        Effect.catchDefect((defect) =>
          Effect.sync(() => {
            failed.push({ budgetId: budget.id, reason: String(defect) })
          }),
        ),
      )
    }
    if (page.length < PAGE) break
    afterId = page.at(-1)!.id
  }
  return { asOf, budgets: looked, allocationsInPlace, failed }
})
