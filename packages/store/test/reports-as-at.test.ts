import {
  addDays,
  allocateDue,
  ExportSource,
  londonDateOf,
  recordPayment,
  recordSpending,
  referPerson,
  registerPerson,
  ReportingFacts,
  ReturnsSource,
  suspendBudget,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { referral } from "@openpb/scenarios"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, finance } from "./ledgerSupport.ts"

const councilId = finance.councilId

/** Everything returns, reports and exports read, as known at the end of `asAt` (or now). */
const readAll = (asAt: string | undefined, period: { from: string; to: string }) =>
  Effect.gen(function* () {
    const returns = yield* ReturnsSource
    const facts = yield* ReportingFacts
    const exports = yield* ExportSource
    const page = { councilId, afterId: undefined, limit: 10_000, asAt }
    return {
      budgets: yield* exports.budgets({
        ...page,
        createdFrom: undefined,
        createdTo: undefined,
        statuses: undefined,
      }),
      plans: yield* exports.plans(page),
      returns: yield* returns.journeys({
        councilId,
        afterId: undefined,
        limit: 10_000,
        openedOnOrBefore: undefined,
        researchConsentOnly: false,
        asAt,
      }),
      journeys: yield* facts.journeys({ councilId, afterId: undefined, limit: 10_000, asAt }),
      spending: yield* facts.spending({
        councilId,
        afterId: undefined,
        limit: 10_000,
        asAt,
        ...period,
      }),
    }
  })

describe(`returns and reports as at a past day on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("read exactly what had been recorded by the end of that day, whatever was recorded since", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    const { journeyId, budgetId } = await asFinance(activeBudget("Reported as at"))
    const start = londonDateOf(time.clock.currentTimeMillisUnsafe())
    time.advanceDays(14)
    await asFinance(allocateDue({ budgetId }))
    await asFinance(
      recordPayment({
        budgetId,
        idempotencyKey: "paid-in",
        stream: "council-social-care",
        mechanism: "direct-payment",
        amountPence: 20_000,
        date: addDays(start, 1),
        payee: "Direct payment account",
      }),
    )
    const spend = (key: string, date: string, amountPence: number) =>
      asFinance(
        recordSpending({
          budgetId,
          idempotencyKey: key,
          lineId: "l1",
          category: "personal-assistant",
          stream: "council-social-care",
          mechanism: "direct-payment",
          amountPence,
          date,
          payee: "A personal assistant",
        }),
      )
    await spend("week-1", addDays(start, 3), 7_200)
    const sentOn = londonDateOf(time.clock.currentTimeMillisUnsafe())
    const period = { from: start, to: addDays(sentOn, 30) }
    const sent = await asFinance(readAll(undefined, period))
    expect(sent.returns.some((r) => r.id === journeyId)).toBe(true)

    // Four days on: a receipt dated before the report, a hospital stay entered late, and a
    // new person referred.
    time.advanceDays(4)
    await spend("late-receipt", addDays(sentOn, -1), 3_600)
    await asFinance(
      suspendBudget({ journeyId, reason: "a hospital stay", effectiveFrom: addDays(sentOn, -2) }),
    )
    const { id: personId } = await asFinance(
      registerPerson({ givenName: "Referred", familyName: "Later" }),
    )
    const later = await asFinance(referPerson({ personId, referral }))

    const now = await asFinance(readAll(undefined, period))
    expect(now.returns.map((r) => r.id)).toContain(later.id)
    expect(now.journeys.find((j) => j.journeyId === journeyId)?.budgetStatus).toBe("suspended")
    expect(now.journeys.find((j) => j.journeyId === journeyId)?.suspensions).toBe(1)
    expect(now.returns.find((r) => r.id === journeyId)?.suspendedFrom).toBe(addDays(sentOn, -2))
    expect(now.spending).not.toEqual(sent.spending)
    expect(now.budgets.find((b) => b.id === budgetId)?.status).toBe("suspended")
    expect(sent.budgets.find((b) => b.id === budgetId)?.status).toBe("active")
    expect(now.plans).not.toEqual(sent.plans)

    // As at the day it was sent, every read is what was read that day, to the field.
    expect(await asFinance(readAll(sentOn, period))).toEqual(sent)
    // As at today, it is what is read now.
    const today = londonDateOf(time.clock.currentTimeMillisUnsafe())
    expect(await asFinance(readAll(today, period))).toEqual(now)
    // As at a day before anything was recorded, there is nothing.
    const before = await asFinance(readAll(addDays(start, -1), period))
    expect(before.returns.some((r) => r.id === journeyId)).toBe(false)
    expect(before.spending.some((b) => b.budgetId === budgetId)).toBe(false)
  }, 60_000)

  it("page through a past day by keyset as through the present", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    for (const name of ["Paged one", "Paged two", "Paged three"])
      await asFinance(
        Effect.gen(function* () {
          const { id } = yield* registerPerson({ givenName: name, familyName: "Keyset" })
          return yield* referPerson({ personId: id, referral })
        }),
      )
    const day = londonDateOf(time.clock.currentTimeMillisUnsafe())
    time.advanceDays(1)
    const page = (asAt: string | undefined, afterId: string | undefined) =>
      asFinance(
        Effect.flatMap(ReportingFacts, (facts) =>
          facts.journeys({ councilId, afterId, limit: 2, asAt }),
        ),
      )
    const walk = async (asAt: string | undefined) => {
      const ids: Array<readonly [string, string]> = []
      let afterId: string | undefined
      for (;;) {
        const rows = await page(asAt, afterId)
        if (rows.length === 0) return ids
        ids.push(...rows.map((r) => [r.journeyId, r.referredOn] as const))
        afterId = rows.at(-1)!.journeyId
      }
    }
    // Other tests here record journeys on later days: as at this day, those are not there yet.
    const live = (await walk(undefined)).filter(([, referredOn]) => referredOn <= day)
    expect(live.length).toBeGreaterThanOrEqual(3)
    expect(await walk(day)).toEqual(live)
    expect(new Set(live.map(([id]) => id)).size).toBe(live.length)
  }, 60_000)
})
