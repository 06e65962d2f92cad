import {
  Actor,
  CouncilId,
  decideEligibility,
  decidePlan,
  draftPlan,
  recordAssessment,
  recordDirectPaymentArrangements,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import {
  makeTestClock,
  makeTestManagedRuntime,
  runAs,
  testDatabaseKind,
} from "@openpb/store/testing"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { appRouter } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const finance = new Actor({
  subject: "mixed-finance",
  roles: ["finance", "council-admin", "approver"],
  councilId,
})

const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
beforeAll(() => runtime.runPromise(Effect.void))
afterAll(() => runtime.dispose())

/** The demo plan with its course council-arranged: a direct payment and a notional line. */
const mixedPlan = {
  ...supportPlan,
  lines: [supportPlan.lines[0], { ...supportPlan.lines[1], deliveryMechanism: "notional" }],
}

describe(`a mixed budget through tRPC on ${testDatabaseKind()}`, () => {
  it("reads the budget as mixed and its statement split by mechanism, in pence", async () => {
    const time = makeTestClock()
    const run = runAs(runtime, finance, time.clock)
    const { id: personId } = await run(registerPerson({ givenName: "Nia", familyName: "Mixed" }))
    const { id: journeyId } = await run(referPerson({ personId, referral }))
    await run(startAssessment({ journeyId }))
    await run(recordAssessment({ journeyId, assessment: eligibleAssessment }))
    await run(recordFinancialAssessment({ journeyId, financial }))
    await run(decideEligibility({ journeyId }))
    await run(setIndicativeBudget({ journeyId }))
    await run(
      recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements }),
    )
    await run(draftPlan({ journeyId, plan: mixedPlan }))
    await run(submitPlan({ journeyId }))
    const { budgetId } = await run(
      decidePlan({ journeyId, approve: true, reasons: ["Meets the needs."] }),
    )

    const api = appRouter.createCaller({ run, requestId: "mixed-test" })
    await api.ledger.allocateDue({ budgetId: budgetId! })
    await api.ledger.pay({
      budgetId: budgetId!,
      idempotencyKey: "mixed-paid",
      stream: "council-social-care",
      mechanism: "direct-payment",
      amountPence: 3_000,
      date: "2026-11-24",
      payee: "Direct payment account",
    })
    expect((await api.budget.get({ budgetId: budgetId! })).deliveryMechanism).toBe("mixed")
    const statement = await api.ledger.statement({
      budgetId: budgetId!,
      from: "2026-11-24",
      to: "2027-11-23",
    })
    expect(statement.deliveryMechanism).toBe("mixed")
    expect(statement.byMechanism).toEqual([
      { mechanism: "notional", plannedAnnualPence: 24_000, paidPence: null, spentPence: 0 },
      {
        mechanism: "direct-payment",
        plannedAnnualPence: 1_800 * 4 * 52,
        paidPence: 3_000,
        spentPence: 0,
      },
    ])
  }, 120_000)
})
