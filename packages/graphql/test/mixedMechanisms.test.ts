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
import { Effect, Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeYoga } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const finance = new Actor({
  subject: "mixed-finance",
  roles: ["finance", "council-admin", "approver"],
  councilId,
})

const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
beforeAll(() => runtime.runPromise(Effect.void))
afterAll(() => runtime.dispose())
const yoga = makeYoga({ production: false })

/** The demo plan with its course council-arranged: a direct payment and a notional line. */
const mixedPlan = {
  ...supportPlan,
  lines: [supportPlan.lines[0], { ...supportPlan.lines[1], deliveryMechanism: "notional" }],
}

const query = `query ($budgetId: ID!, $from: Date!, $to: Date!) {
  budget(budgetId: $budgetId) { deliveryMechanism }
  budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
    deliveryMechanism
    byMechanism { mechanism plannedAnnualPence paidPence spentPence }
  }
}`

/** The answer the query asks for: anything else (errors, a missing field) fails to decode. */
const Answer = Schema.Struct({
  data: Schema.Struct({
    budget: Schema.Struct({ deliveryMechanism: Schema.String }),
    budgetStatement: Schema.Struct({
      deliveryMechanism: Schema.String,
      byMechanism: Schema.Array(
        Schema.Struct({
          mechanism: Schema.String,
          plannedAnnualPence: Schema.Int,
          paidPence: Schema.NullOr(Schema.Int),
          spentPence: Schema.Int,
        }),
      ),
    }),
  }),
})

describe(`a mixed budget through GraphQL on ${testDatabaseKind()}`, () => {
  it("reads the budget as MIXED and its statement split by mechanism, in pence", async () => {
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

    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query,
          variables: { budgetId, from: "2026-11-24", to: "2027-11-23" },
        }),
      },
      { run, requestId: "mixed-test" },
    )
    const { data } = Schema.decodeUnknownSync(Answer)(await response.json())
    expect(data.budget.deliveryMechanism).toBe("MIXED")
    expect(data.budgetStatement.deliveryMechanism).toBe("MIXED")
    expect(data.budgetStatement.byMechanism).toEqual([
      { mechanism: "NOTIONAL", plannedAnnualPence: 24_000, paidPence: null, spentPence: 0 },
      {
        mechanism: "DIRECT_PAYMENT",
        plannedAnnualPence: 1_800 * 4 * 52,
        paidPence: 0,
        spentPence: 0,
      },
    ])
  }, 120_000)
})
