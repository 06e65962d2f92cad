import {
  budgetStatement,
  decidePlan,
  draftPlan,
  getBudget,
  getJourney,
  recordAllocation,
  recordPayment,
  ReportingFacts,
  ReturnsSource,
  recordSpending,
  reversePosting,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { finance } from "./ledgerSupport.ts"

/**
 * The demo plan with its cookery course arranged by the council: a personal assistant paid by
 * direct payment (4 hours at £18 a week, £3,744 a year) and a £240 course, council-arranged.
 */
const mixedPlan = {
  ...supportPlan,
  lines: [supportPlan.lines[0], { ...supportPlan.lines[1], deliveryMechanism: "notional" }],
}
const PERSONAL_ASSISTANT_A_YEAR = 1_800 * 4 * 52
const COURSE = 24_000
/** The test clock's first day (London). */
const TODAY = "2026-11-24"

describe(`budgets held in more than one way on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asFinance = runAs(runtime, finance, makeTestClock().clock)

  /** A person walked to an approval of `plan`, with any lines the approver refuses. */
  const approve = async (
    familyName: string,
    plan: unknown,
    refusedLines: ReadonlyArray<unknown> = [],
  ) => {
    const { journeyId } = await asFinance(
      toIndicativeBudget({ givenName: "Mechanism", familyName }),
    )
    await asFinance(draftPlan({ journeyId, plan }))
    await asFinance(submitPlan({ journeyId }))
    const journey = await asFinance(
      decidePlan({
        journeyId,
        approve: true,
        reasons: ["The plan meets the eligible needs."],
        ...(refusedLines.length > 0 ? { refusedLines } : {}),
      }),
    )
    expect(journey.stage).toBe("active")
    return { journeyId, budgetId: journey.budgetId! }
  }

  it("makes a plan with a direct-payment line and a council-arranged line a mixed budget, and the statement splits it by mechanism to the penny", async () => {
    const { budgetId } = await approve("Mixed", mixedPlan)
    const budget = await asFinance(getBudget({ budgetId }))
    expect(budget.deliveryMechanism).toBe("mixed")

    const stream = "council-social-care"
    await asFinance(
      recordAllocation({
        budgetId,
        idempotencyKey: "mixed-allocation",
        stream,
        amountPence: 100_000,
        date: TODAY,
      }),
    )
    await asFinance(
      recordPayment({
        budgetId,
        idempotencyKey: "mixed-paid",
        stream,
        mechanism: "direct-payment",
        amountPence: 60_000,
        date: TODAY,
        payee: "Direct payment account",
      }),
    )
    const spend = (key: string, lineId: string, mechanism: string, amountPence: number) =>
      asFinance(
        recordSpending({
          budgetId,
          idempotencyKey: key,
          lineId,
          category: lineId === "l1" ? "personal-assistant" : "education-and-courses",
          stream,
          mechanism,
          amountPence,
          date: TODAY,
          payee: lineId === "l1" ? "PA" : "Northmere Adult College",
        }),
      )
    await spend("pa-week-1", "l1", "direct-payment", 7_200)
    await spend("course", "l2", "notional", COURSE)
    const duplicate = await spend("pa-duplicate", "l1", "direct-payment", 7_200)
    await asFinance(
      reversePosting({
        budgetId,
        idempotencyKey: "pa-duplicate-reversed",
        postingId: duplicate.id,
        reason: "the same receipt twice",
      }),
    )

    const statement = await asFinance(budgetStatement({ budgetId, from: TODAY, to: "2027-11-23" }))
    expect(statement.deliveryMechanism).toBe("mixed")
    expect(statement.byMechanism).toEqual([
      { mechanism: "notional", plannedAnnualPence: COURSE, paidPence: null, spentPence: COURSE },
      {
        mechanism: "direct-payment",
        plannedAnnualPence: PERSONAL_ASSISTANT_A_YEAR,
        paidPence: 60_000,
        spentPence: 7_200,
      },
    ])
    // Before any money moved, the plan's parts are there and nothing is paid or spent.
    const before = await asFinance(
      budgetStatement({ budgetId, from: "2026-01-01", to: "2026-11-23" }),
    )
    expect(before.byMechanism).toEqual([
      { mechanism: "notional", plannedAnnualPence: COURSE, paidPence: null, spentPence: 0 },
      {
        mechanism: "direct-payment",
        plannedAnnualPence: PERSONAL_ASSISTANT_A_YEAR,
        paidPence: 0,
        spentPence: 0,
      },
    ])
  }, 120_000)

  it("keeps a plan held one way as that way, with one part on the statement", async () => {
    const { budgetId } = await approve("Single", supportPlan)
    expect((await asFinance(getBudget({ budgetId }))).deliveryMechanism).toBe("direct-payment")
    const statement = await asFinance(budgetStatement({ budgetId, from: TODAY, to: "2027-11-23" }))
    expect(statement.deliveryMechanism).toBe("direct-payment")
    expect(statement.byMechanism).toEqual([
      {
        mechanism: "direct-payment",
        plannedAnnualPence: PERSONAL_ASSISTANT_A_YEAR + COURSE,
        paidPence: 0,
        spentPence: 0,
      },
    ])
  }, 120_000)

  it("goes by the lines in force: with the council-arranged line refused, the budget is a direct payment", async () => {
    const { journeyId, budgetId } = await approve("Refused", mixedPlan, [
      {
        lineId: "l2",
        refusal: {
          ground: "equally-effective-for-less",
          explanation: "The college runs the same course free for residents.",
        },
      },
    ])
    expect((await asFinance(getBudget({ budgetId }))).deliveryMechanism).toBe("direct-payment")
    const statement = await asFinance(budgetStatement({ budgetId, from: TODAY, to: "2027-11-23" }))
    expect(statement.byMechanism).toEqual([
      {
        mechanism: "direct-payment",
        plannedAnnualPence: PERSONAL_ASSISTANT_A_YEAR,
        paidPence: 0,
        spentPence: 0,
      },
    ])
    // The refused line stays in the plan's record, not in the budget.
    const { journey } = await asFinance(getJourney({ journeyId }))
    expect(journey.plans.at(-1)?.content.lines.map((l) => l.id)).toEqual(["l1", "l2"])
    // Returns and reports read the lines in force too: the refused course is in neither.
    const page = { councilId: finance.councilId, afterId: undefined, limit: 10_000 }
    const returned = await asFinance(
      Effect.gen(function* () {
        const source = yield* ReturnsSource
        return yield* source.journeys({
          ...page,
          openedOnOrBefore: undefined,
          researchConsentOnly: false,
        })
      }),
    )
    expect(returned.find((r) => r.id === journeyId)?.approvedLines.map((l) => l.id)).toEqual(["l1"])
    const facts = await asFinance(
      Effect.gen(function* () {
        const reporting = yield* ReportingFacts
        return yield* reporting.spending({ ...page, from: TODAY, to: "2027-11-23" })
      }),
    )
    expect(facts.find((f) => f.budgetId === budgetId)?.planned).toEqual([
      {
        category: "personal-assistant",
        mechanism: "direct-payment",
        annualPence: PERSONAL_ASSISTANT_A_YEAR,
      },
    ])
  }, 120_000)
})
