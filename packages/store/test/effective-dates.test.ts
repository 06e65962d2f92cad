import {
  addDays,
  allocateDue,
  budgetStatement,
  recordPayment,
  recordSpending,
  suspendBudget,
  endJourney,
  getDecision,
  getJourney,
  ledgerBalances,
  londonDateOf,
  ReturnsSource,
  referPerson,
  registerPerson,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { referral } from "@openpb/scenarios"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, finance } from "./ledgerSupport.ts"

describe(`commands recorded late on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("end on the day they took effect: the ending's day, its reasons and the schedule follow it, and nothing is left allocated", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    const { journeyId, budgetId } = await asFinance(activeBudget("Ended late"))
    const started = londonDateOf(time.clock.currentTimeMillisUnsafe())
    time.advanceDays(20)
    await asFinance(allocateDue({ budgetId }))
    const today = londonDateOf(time.clock.currentTimeMillisUnsafe())
    const died = addDays(today, -9)

    // Not before the budget started running, nor beyond the council's limit.
    await expect(
      asFinance(
        endJourney({ journeyId, reason: "died", note: "", effectiveFrom: addDays(started, -1) }),
      ),
    ).rejects.toThrow(/effectiveFrom/)
    const ended = await asFinance(
      endJourney({ journeyId, reason: "died", note: "told by the family", effectiveFrom: died }),
    )
    expect(ended.ending?.on).toBe(died)
    const decision = await asFinance(getDecision({ decisionId: ended.ending!.decisionId }))
    expect(decision.reasons.find((r) => r.criterion === "ending/effective-from")?.text).toContain(
      `it counts from ${died} (9 days back`,
    )
    // What was allocated and not spent went back to the funders; no new period is allocated.
    time.advanceDays(30)
    await asFinance(Effect.ignore(allocateDue({ budgetId })))
    const balances = (await asFinance(ledgerBalances({ budgetId }))).accounts
    for (const account of balances.filter((a) => a.account.startsWith("allocated:")))
      expect(account.balancePence).toBe(0)
    const { journey } = await asFinance(getJourney({ journeyId }))
    expect(journey.stage).toBe("ended")
  }, 60_000)

  it("date a request for support from the day it was received, for returns, within the council's limit", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    const today = londonDateOf(time.clock.currentTimeMillisUnsafe())
    const { id: personId } = await asFinance(
      registerPerson({ givenName: "Letter", familyName: "Received" }),
    )
    await expect(
      asFinance(referPerson({ personId, referral, effectiveFrom: addDays(today, -29) })),
    ).rejects.toThrow(/at most 28 days back/)
    const received = addDays(today, -6)
    const journey = await asFinance(referPerson({ personId, referral, effectiveFrom: received }))
    expect(journey.requestedOn).toBe(received)
    const records = await asFinance(
      Effect.gen(function* () {
        const source = yield* ReturnsSource
        return yield* source.journeys({
          councilId: finance.councilId,
          afterId: undefined,
          limit: 10_000,
          openedOnOrBefore: undefined,
          researchConsentOnly: false,
        })
      }),
    )
    expect(records.find((r) => r.id === journey.id)).toMatchObject({
      requestedOn: received,
      openedOn: today,
    })
  }, 60_000)

  it("reproduce a statement as at a past day exactly, whatever was recorded since with earlier effective dates", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    const { journeyId, budgetId } = await asFinance(activeBudget("Statement as at"))
    const start = londonDateOf(time.clock.currentTimeMillisUnsafe())
    time.advanceDays(14)
    await asFinance(allocateDue({ budgetId }))
    const sentOn = londonDateOf(time.clock.currentTimeMillisUnsafe())
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
    await spend("week-1", addDays(start, 3), 7_200)
    const range = { budgetId, from: start, to: sentOn }
    const sent = await asFinance(budgetStatement(range))

    // Three days on: a receipt dated before the statement, and a hospital stay entered late.
    time.advanceDays(3)
    await spend("late-receipt", addDays(sentOn, -1), 3_600)
    await asFinance(
      suspendBudget({ journeyId, reason: "a hospital stay", effectiveFrom: addDays(sentOn, -2) }),
    )
    const now = await asFinance(budgetStatement(range))
    expect(now.postings.length).toBeGreaterThan(sent.postings.length)
    expect(now.closing).not.toEqual(sent.closing)

    // As at the day it was sent, it is the statement that was sent, to the penny.
    expect(await asFinance(budgetStatement({ ...range, asAt: sentOn }))).toEqual(sent)
    await expect(
      asFinance(budgetStatement({ ...range, asAt: addDays(sentOn, 4) })),
    ).rejects.toThrow(/asAt/)
  }, 60_000)
})
