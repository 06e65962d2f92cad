import { auditRouter } from "./routers/audit.ts"
import { exportsRouter } from "./routers/exports.ts"
import { budgetRouter } from "./routers/budget.ts"
import { carerRouter } from "./routers/carer.ts"
import { challengeRouter, decisionRouter } from "./routers/decision.ts"
import { journeyRouter } from "./routers/journey.ts"
import { ledgerRouter } from "./routers/ledger.ts"
import { personRouter } from "./routers/person.ts"
import { router } from "./trpc.ts"

/** One sub-router per area, each in `routers/<area>.ts`. */
export const appRouter = router({
  person: personRouter,
  budget: budgetRouter,
  journey: journeyRouter,
  decision: decisionRouter,
  challenge: challengeRouter,
  carer: carerRouter,
  ledger: ledgerRouter,
  audit: auditRouter,
  export: exportsRouter,
})

export type AppRouter = typeof appRouter
