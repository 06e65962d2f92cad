import { assert, describe, layer } from "@effect/vitest"
import {
  checkDirectPaymentSurplus,
  confirmRecovery,
  getBudget,
  ledgerBalances,
  londonDateOf,
  offsetWithinOnePeriod,
  onePaymentPeriodPence,
  recordAllocation,
  recordPayment,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Effect } from "effect"
import {
  layerTestRuntime,
  makeTestClock,
  type TestClockControl,
  testDatabaseKind,
} from "../src/testing.ts"
import { activeBudget, asFinanceOn, integratedPlan } from "./ledgerSupport.ts"

const todayOn = (time: TestClockControl) => londonDateOf(time.clock.currentTimeMillisUnsafe())

const balanceOf = (budgetId: string, account: string) =>
  Effect.map(
    ledgerBalances({ budgetId }),
    (b) => b.accounts.find((a) => a.account === account)?.balancePence ?? 0,
  )
const held = (budgetId: string, stream = "council-social-care") =>
  balanceOf(budgetId, `held:direct-payment:${stream}`)

/** Pays `pence` into the budget's direct-payment account for a stream, today. */
const payIn = (budgetId: string, stream: string, pence: number, key: string, date: string) =>
  Effect.gen(function* () {
    yield* recordAllocation({
      budgetId,
      idempotencyKey: `a-${key}`,
      stream,
      amountPence: pence,
      date,
    })
    yield* recordPayment({
      budgetId,
      idempotencyKey: `p-${key}`,
      stream,
      mechanism: "direct-payment",
      amountPence: pence,
      date,
      payee: "DP account",
    })
  })

describe(`direct-payment monitoring on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "an NHS offset is capped by one period's amount, the same figure proposing and confirming",
      () => {
        const time = makeTestClock()
        const as = asFinanceOn(time)
        return Effect.gen(function* () {
          const { budgetId } = yield* as(activeBudget("Capped", integratedPlan))
          const budget = yield* as(getBudget({ budgetId }))
          const annual =
            budget.fundingStreams.find((s) => s.stream === "nhs-health")?.amountPence ?? 0
          assert.isAbove(annual, 0, "the test budget has an NHS share")
          const weekly = Math.round(annual / 52)
          // Half a year of NHS money held: far more than the buffer and one period.
          yield* as(payIn(budgetId, "nhs-health", Math.round(annual / 2), "1", todayOn(time)))
          const proposal = yield* as(checkDirectPaymentSurplus({ budgetId, stream: "nhs-health" }))
          assert.strictEqual(proposal.outcome, "proposed-offset")
          // The NHS rule's default payment period is four weeks.
          const cap = onePaymentPeriodPence(weekly, 4)
          assert.strictEqual(proposal.amounts.offsetCapPence, cap)
          assert.strictEqual(proposal.amounts.surplusPence, cap, "the surplus is above the cap")
          time.advanceDays(29)
          const before = yield* as(held(budgetId, "nhs-health"))
          const posting = yield* as(confirmRecovery({ budgetId, decisionId: proposal.id }))
          const moved =
            posting.entries.find((e) => e.account === "returned:nhs-health")?.amountPence ?? 0
          assert.strictEqual(moved, offsetWithinOnePeriod(Math.round(annual / 2), cap))
          assert.strictEqual(moved, cap)
          assert.strictEqual(yield* as(held(budgetId, "nhs-health")), before - cap)
        })
      },
    )
  })
})
