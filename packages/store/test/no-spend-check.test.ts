import {
  addDays,
  allocateDue,
  londonDateOf,
  recordPayment,
  recordSpending,
  resumeBudget,
  suspendBudget,
  type WorkItem,
  workQueue,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, finance } from "./ledgerSupport.ts"

/** England's default: eight weeks with no spending from the account. */
const NO_SPEND_DAYS = 8 * 7

describe(`the no-spend check on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("is due eight weeks after the last spending from the direct-payment account, and not while the budget is suspended", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    const { journeyId, budgetId } = await asFinance(activeBudget("No spend"))
    const start = londonDateOf(time.clock.currentTimeMillisUnsafe())
    const check = async (): Promise<WorkItem | undefined> => {
      const page = await asFinance(workQueue({ kinds: ["no-spending"], first: 100 }))
      return page.items.find((i) => i.journeyId === journeyId)
    }

    // Nothing spent yet: due eight weeks from the day the allocations started.
    const first = await check()
    expect(first?.dueDate).toBe(addDays(start, NO_SPEND_DAYS))
    expect(first?.subjectId).toBe(budgetId)
    expect(first?.overdue).toBe(false)
    expect(first?.rule).toContain("since the payments began")
    expect(first?.rule).toContain("reg 7")

    // Spending from the account moves it on to eight weeks after the day of the spending.
    time.advanceDays(14)
    await asFinance(allocateDue({ budgetId }))
    await asFinance(
      recordPayment({
        budgetId,
        idempotencyKey: "paid-in",
        stream: "council-social-care",
        mechanism: "direct-payment",
        amountPence: 10_000,
        date: addDays(start, 1),
        payee: "Direct payment account",
      }),
    )
    const spentOn = addDays(start, 10)
    await asFinance(
      recordSpending({
        budgetId,
        idempotencyKey: "week-2",
        lineId: "l1",
        category: "personal-assistant",
        stream: "council-social-care",
        mechanism: "direct-payment",
        amountPence: 7_200,
        date: spentOn,
        payee: "A personal assistant",
      }),
    )
    const second = await check()
    expect(second?.dueDate).toBe(addDays(spentOn, NO_SPEND_DAYS))
    expect(second?.rule).toContain(`since ${spentOn}`)
    // A payment into the account is not spending: it does not move the check.
    expect(second?.id).not.toBe(first?.id)

    // Past its day it is overdue.
    time.advanceDays(NO_SPEND_DAYS)
    expect((await check())?.overdue).toBe(true)

    // A suspended budget (a hospital stay) is not asked about; resumed, it is again.
    await asFinance(suspendBudget({ journeyId, reason: "a hospital stay" }))
    expect(await check()).toBeUndefined()
    await asFinance(resumeBudget({ journeyId }))
    expect((await check())?.dueDate).toBe(addDays(spentOn, NO_SPEND_DAYS))
  }, 60_000)
})
