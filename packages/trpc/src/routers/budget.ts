import {
  Budget,
  type CreateBudgetInput,
  createBudget,
  type GetBudgetInput,
  getBudget,
  type ListBudgetsInput,
  listBudgets,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

const encodeBudget = Schema.encodeSync(Budget)

export const budgetRouter = router({
  create: useCaseProcedure("createBudget")
    .input(typedInput<CreateBudgetInput>())
    .mutation(({ ctx, input }) => ctx.run(createBudget(input).pipe(Effect.map(encodeBudget)))),
  get: useCaseProcedure("getBudget")
    .input(typedInput<GetBudgetInput>())
    .query(({ ctx, input }) => ctx.run(getBudget(input).pipe(Effect.map(encodeBudget)))),
  list: useCaseProcedure("listBudgets")
    .input(typedInput<ListBudgetsInput | undefined>())
    .query(({ ctx, input }) =>
      ctx.run(
        listBudgets(input ?? {}).pipe(
          Effect.map((page) => ({
            ...page,
            items: page.items.map((budget) => encodeBudget(budget)),
          })),
        ),
      ),
    ),
})
