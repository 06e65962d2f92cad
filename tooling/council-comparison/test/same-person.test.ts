import { eligibleAssessment, financial, referral } from "@openpb/scenarios"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type RunningCouncil, startCouncil } from "./council.ts"

interface Decision {
  readonly kind: string
  readonly outcome: string
  readonly reasons: ReadonlyArray<{
    readonly criterion: string
    readonly text: string
    readonly met: boolean | null
  }>
  readonly policy: { readonly id: string; readonly version: string }
  readonly amounts: Record<string, number>
}
interface Journey {
  readonly id: string
  readonly eligibilityDecisionId: string | null
  readonly indicativeDecisionId: string | null
  readonly financial: { readonly decisionId: string } | null
}

/** The same person, the same assessment, the same means: only the council differs. */
const assess = async (council: RunningCouncil) => {
  const person = await council.call<{ id: string }>("person.register", {
    givenName: "Morven",
    familyName: "Reid",
    dateOfBirth: "1984-06-11",
  })
  const journey = await council.call<Journey>("journey.refer", { personId: person.id, referral })
  await council.call("journey.startAssessment", { journeyId: journey.id })
  await council.call("journey.recordAssessment", {
    journeyId: journey.id,
    assessment: eligibleAssessment,
  })
  const charged = await council.call<Journey>("journey.recordFinancialAssessment", {
    journeyId: journey.id,
    financial,
  })
  const decided = await council.call<Journey>("journey.decideEligibility", {
    journeyId: journey.id,
  })
  const budgeted = await council.call<Journey>("journey.setIndicativeBudget", {
    journeyId: journey.id,
  })
  const get = (decisionId: string | null | undefined) =>
    council.call<Decision>("decision.get", { decisionId }, "query")
  return {
    eligibility: await get(decided.eligibilityDecisionId),
    indicative: await get(budgeted.indicativeDecisionId),
    charge: await get(charged.financial?.decisionId),
  }
}

let england: RunningCouncil
let scotland: RunningCouncil
beforeAll(async () => {
  england = await startCouncil("example-england-integrated", "ashcombe")
  scotland = await startCouncil("example-scotland", "glenallan")
})
afterAll(async () => {
  await england?.stop()
  await scotland?.stop()
})

describe("one person's assessment through two councils' deployments", () => {
  it("gives different, explained decisions and amounts, each naming the plugin and version that made it", async () => {
    const a = await assess(england)
    const g = await assess(scotland)

    // Both find the person eligible, by different rules, and say which rules.
    expect(a.eligibility.outcome).toBe("eligible")
    expect(g.eligibility.outcome).toBe("eligible")
    expect(a.eligibility.policy.id).toBe("openpb/england-care-act")
    expect(g.eligibility.policy.id).toBe("openpb/scotland-sds")
    expect(a.eligibility.reasons.map((r) => r.criterion)).toContain(
      "care-act/eligibility/reg-2/1/b",
    )
    expect(g.eligibility.reasons.map((r) => r.criterion)).toContain(
      "scotland/eligibility/risk-band",
    )
    // Only in England does a s3 detention bring an NHS share (a right to a personal health budget).
    expect(
      a.eligibility.reasons.some((r) => r.criterion === "nhs/phb/right-to-have/s117" && r.met),
    ).toBe(true)
    expect(g.eligibility.reasons.some((r) => r.criterion.startsWith("nhs/"))).toBe(false)

    // The amounts differ, each from its own table, and each is itemised in words.
    expect(a.indicative.policy.id).toBe("openpb/points-ras")
    expect(g.indicative.policy.id).toBe("openpb/points-ras")
    expect(a.indicative.policy.version).not.toBe(g.indicative.policy.version)
    expect(a.indicative.amounts.annualAmountPence).not.toBe(g.indicative.amounts.annualAmountPence)
    expect(a.indicative.amounts["nhs-healthPence"]).toBeGreaterThan(0)
    expect(g.indicative.amounts["nhs-healthPence"]).toBeUndefined()
    expect(a.indicative.reasons[0]?.text).toContain("Ashcombe")
    expect(g.indicative.reasons[0]?.text).toContain("Glenallan")

    // Charging follows each nation's law: England's guarantee and tariff, Scotland's threshold and taper.
    expect(a.charge.policy.id).toBe("openpb/england-care-act")
    expect(g.charge.policy.id).toBe("openpb/scotland-sds")
    expect(a.charge.amounts.weeklyContributionPence).not.toBe(
      g.charge.amounts.weeklyContributionPence,
    )

    for (const d of [
      a.eligibility,
      a.indicative,
      a.charge,
      g.eligibility,
      g.indicative,
      g.charge,
    ]) {
      expect(d.policy.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/)
      expect(d.reasons.length).toBeGreaterThan(0)
    }
  })

  it("logs at startup which plugin answers each port", () => {
    expect(england.output()).toMatch(/healthEligibility\s+openpb\/nhs-phb@1\.0\.0\+/)
    expect(scotland.output()).toMatch(/healthEligibility\s+openpb\/scotland-sds@1\.0\.0\+/)
    expect(scotland.output()).toContain("Glenallan Council (fictional) (glenallan, scotland)")
  })
})
