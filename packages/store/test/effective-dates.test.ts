import {
  addDays,
  allocateDue,
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
})
