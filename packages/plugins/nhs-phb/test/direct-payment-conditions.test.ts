import { type DirectPaymentArrangements, PlanLine } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { nhsDirectPaymentConditions } from "../src/index.ts"

// National Health Service (Direct Payments) Regulations 2013 (SI 2013/1617): reg 8 (care plan,
// care co-ordinator, risks and their management), the Schedule (excluded persons), payments to
// household members only where necessary (SI 2013/2354).
const line = Schema.decodeUnknownSync(PlanLine)({
  id: "h1",
  description: "Talking therapy",
  category: "therapy-outside-nhs",
  provider: "Northmere Talking Therapies",
  unitCostPence: 6_000,
  unitsPerPeriod: 1,
  frequency: "weekly",
  fundingStream: "nhs-health",
  deliveryMechanism: "direct-payment",
  outcomeIds: ["o1"],
})

const safeguarded: DirectPaymentArrangements = {
  requestedBy: "person",
  capacity: { hasCapacity: true, assessedOn: "2026-10-01", assessedBy: "Dr A" },
  capableOfManaging: true,
  appropriateWayToMeetNeeds: true,
  nominatedPerson: null,
  authorisedPerson: null,
  justiceRequirements: [],
  householdPayments: [],
  nhs: {
    careCoordinator: "J. Okoro",
    riskAssessedOn: "2026-10-02",
    riskManagementAgreedInPlan: true,
  },
}

const check = (arrangements: DirectPaymentArrangements | null) => {
  const outcome = nhsDirectPaymentConditions({
    fundingStream: "nhs-health",
    lines: [line],
    arrangements,
  })
  if (outcome === undefined) throw new Error("NHS money is the NHS plugin's to judge")
  return outcome
}
const failed = (arrangements: DirectPaymentArrangements) =>
  check(arrangements)
    .reasons.filter((r) => r.met === false)
    .map((r) => r.criterion)

describe("NHS direct payments: SI 2013/1617", () => {
  it("are made with a care co-ordinator, a risk assessment and its management agreed (reg 8)", () => {
    expect(check(safeguarded).met).toBe(true)
    expect(
      check(safeguarded)
        .reasons.map((r) => r.text)
        .join(" "),
    ).toContain("J. Okoro")
  })

  it("are not made without a care co-ordinator or a risk assessment, naming reg 8", () => {
    expect(failed({ ...safeguarded, nhs: null })).toEqual([
      "nhs-direct-payments/care-coordinator",
      "nhs-direct-payments/risk-assessment",
    ])
    const noPlan = { ...safeguarded.nhs!, riskManagementAgreedInPlan: false }
    const outcome = check({ ...safeguarded, nhs: noPlan })
    expect(outcome.met).toBe(false)
    expect(outcome.reasons.find((r) => r.met === false)?.text).toContain("reg 8")
  })

  it("are not made to an excluded person; the budget is held another way", () => {
    const outcome = check({
      ...safeguarded,
      justiceRequirements: ["alcohol-treatment-requirement"],
    })
    expect(outcome.met).toBe(false)
    expect(outcome.alternatives).toEqual(["notional", "third-party"])
  })

  it("for a patient who lacks capacity, only through a representative in their best interests", () => {
    const lacking: DirectPaymentArrangements = {
      ...safeguarded,
      requestedBy: "authorised-person",
      capacity: { hasCapacity: false, assessedOn: "2026-10-01", assessedBy: "Dr A" },
      authorisedPerson: {
        name: "Ruth",
        relationship: "sister",
        willActInBestInterests: true,
        capableOfManaging: true,
        deputyOrAttorneySupports: null,
      },
    }
    expect(check(lacking).met).toBe(true)
    expect(failed({ ...lacking, authorisedPerson: null })).toEqual([
      "nhs-direct-payments/representative",
    ])
  })

  it("pay a household member only with a recorded decision that it is necessary", () => {
    const paid = (necessaryBecause: string | null) => ({
      ...safeguarded,
      householdPayments: [{ lineId: "h1", relationship: "child" as const, necessaryBecause }],
    })
    expect(failed(paid(null))).toEqual(["nhs-direct-payments/household-member"])
    expect(check(paid("the only carer the patient will accept at night")).met).toBe(true)
  })

  it("refuses when nothing is recorded, and leaves council money alone", () => {
    expect(check(null).met).toBe(false)
    expect(
      nhsDirectPaymentConditions({
        fundingStream: "council-social-care",
        lines: [{ ...line, fundingStream: "council-social-care" }],
        arrangements: safeguarded,
      }),
    ).toBeUndefined()
  })
})
