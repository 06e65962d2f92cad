import { budgetRouter } from "./routers/budget.ts"
import { personRouter } from "./routers/person.ts"
import { router } from "./trpc.ts"

/** One sub-router per area, each in `routers/<area>.ts`. */
export const appRouter = router({
  person: personRouter,
  budget: budgetRouter,
})

export type AppRouter = typeof appRouter
