import {
  Actor,
  allocateDue,
  decidePlan,
  draftPlan,
  providerStatement,
  recordPayment,
  recordSpending,
  reversePosting,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { councilId, finance } from "./ledgerSupport.ts"

const TODAY = "2026-11-24"
const provider = (subject: string) => new Actor({ subject, roles: ["provider"], councilId })

describe(`a provider's statement, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const clock = makeTestClock().clock

  it("shows a provider the lines it is contracted for and the spending on them, nothing else of the person's", async () => {
    const asFinance = runAs(runtime, finance, clock)
    const { journeyId } = await asFinance(
      toIndicativeBudget({ givenName: "Contracted", familyName: "Lines" }),
    )
    const plan = {
      ...supportPlan,
      lines: supportPlan.lines.map((line) =>
        line.id === "l1" ? { ...line, providerId: "acme-care" } : line,
      ),
    }
    await asFinance(draftPlan({ journeyId, plan }))
    await asFinance(submitPlan({ journeyId }))
    const approved = await asFinance(
      decidePlan({ journeyId, approve: true, reasons: ["Meets the outcomes."] }),
    )
    const budgetId = approved.budgetId!
    await asFinance(allocateDue({ budgetId }))
    await asFinance(
      recordPayment({
        budgetId,
        idempotencyKey: "paid-in",
        stream: "council-social-care",
        mechanism: "direct-payment",
        amountPence: 7_600,
        date: TODAY,
        payee: "Direct payment account",
      }),
    )
    const spend = (key: string, lineId: string, amountPence: number) =>
      asFinance(
        recordSpending({
          budgetId,
          idempotencyKey: key,
          lineId,
          category: lineId === "l1" ? "personal-assistant" : "education-and-courses",
          stream: "council-social-care",
          mechanism: "direct-payment",
          amountPence,
          date: TODAY,
          payee: lineId === "l1" ? "Acme Care" : "Northmere Adult College",
        }),
      )
    await spend("acme-week-1", "l1", 3_000)
    const twice = await spend("acme-twice", "l1", 3_000)
    await asFinance(
      reversePosting({
        budgetId,
        idempotencyKey: "acme-twice-reversed",
        postingId: twice.id,
        reason: "the same invoice twice",
      }),
    )
    await spend("college", "l2", 400)

    const range = { budgetId, from: TODAY, to: "2026-12-31" }
    const own = await runAs(runtime, provider("acme-care"), clock)(providerStatement(range))
    expect(own.lines.map((l) => [l.lineId, l.spentPence])).toEqual([["l1", 3_000]])
    expect(own.postings.map((p) => p.idempotencyKey).sort()).toEqual(
      ["acme-twice", "acme-twice-reversed", "acme-week-1"].sort(),
    )
    expect(JSON.stringify(own)).not.toContain("Northmere Adult College")
    // The council reads any provider's; a provider only its own, and none for a budget it has no line on.
    const viaFinance = await asFinance(providerStatement({ ...range, providerId: "acme-care" }))
    expect(viaFinance).toEqual(own)
    await expect(
      runAs(
        runtime,
        provider("acme-care"),
        clock,
      )(providerStatement({ ...range, providerId: "other-care" })),
    ).rejects.toThrow(/its own statement/)
    await expect(
      runAs(runtime, provider("other-care"), clock)(providerStatement(range)),
    ).rejects.toThrow(/provider statement/)
  }, 60_000)
})
