import {
  Budget,
  type CreateBudgetInput,
  createBudget,
  type GetBudgetInput,
  type GetPersonInput,
  getBudget,
  getPerson,
  type ListBudgetsInput,
  listBudgets,
  Person,
  type RegisterPersonInput,
  registerPerson,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { procedure, router, typedInput } from "./trpc.ts"

const encodePerson = Schema.encodeSync(Person)
const encodeBudget = Schema.encodeSync(Budget)

export const appRouter = router({
  person: router({
    register: procedure
      .input(typedInput<RegisterPersonInput>())
      .mutation(({ ctx, input }) => ctx.run(registerPerson(input).pipe(Effect.map(encodePerson)))),
    get: procedure
      .input(typedInput<GetPersonInput>())
      .query(({ ctx, input }) => ctx.run(getPerson(input).pipe(Effect.map(encodePerson)))),
  }),
  budget: router({
    create: procedure
      .input(typedInput<CreateBudgetInput>())
      .mutation(({ ctx, input }) => ctx.run(createBudget(input).pipe(Effect.map(encodeBudget)))),
    get: procedure
      .input(typedInput<GetBudgetInput>())
      .query(({ ctx, input }) => ctx.run(getBudget(input).pipe(Effect.map(encodeBudget)))),
    list: procedure.input(typedInput<ListBudgetsInput | undefined>()).query(({ ctx, input }) =>
      ctx.run(
        listBudgets(input ?? {}).pipe(
          Effect.map((page) => ({
            ...page,
            items: page.items.map((budget) => encodeBudget(budget)),
          })),
        ),
      ),
    ),
  }),
})

export type AppRouter = typeof appRouter
