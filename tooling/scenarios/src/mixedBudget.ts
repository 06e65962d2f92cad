import { supportPlan } from "./fixtures.ts"
import type { JourneyApi } from "./journeyApi.ts"
import { expectEqual, toActiveBudget } from "./scenarios.ts"

/** The demo plan with its course council-arranged: one direct-payment line, one notional. */
const mixedPlan = {
  ...supportPlan,
  lines: [supportPlan.lines[0], { ...supportPlan.lines[1], deliveryMechanism: "notional" }],
}

/**
 * A plan held two ways is a `mixed` budget, and its statement shows each part in pence: the
 * lines' yearly cost, what was paid to whoever holds that part (none ahead for notional money)
 * and what was spent.
 */
export const mixedBudget = async (
  api: JourneyApi,
  personName: { givenName: string; familyName: string },
) => {
  const { budgetId } = await toActiveBudget(api, personName, mixedPlan)
  const [firstAllocation] = await api.ledger("allocateDue", { budgetId })
  const start = firstAllocation!.effectiveDate
  await api.ledger("pay", {
    budgetId,
    idempotencyKey: "mixed-paid",
    stream: "council-social-care",
    mechanism: "direct-payment",
    amountPence: 3_000,
    date: start,
    payee: "Direct payment account",
  })
  expectEqual((await api.budget(budgetId)).deliveryMechanism, "mixed", "the budget")
  const statement = await api.statement(budgetId, start, "2099-12-31")
  expectEqual(statement.deliveryMechanism, "mixed", "the statement's mechanism")
  expectEqual(
    statement.byMechanism,
    [
      { mechanism: "notional", plannedAnnualPence: 24_000, paidPence: null, spentPence: 0 },
      {
        mechanism: "direct-payment",
        plannedAnnualPence: 1_800 * 4 * 52,
        paidPence: 3_000,
        spentPence: 0,
      },
    ],
    "the statement split by mechanism",
  )
  return { budgetId }
}
