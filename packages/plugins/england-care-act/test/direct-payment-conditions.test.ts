import {
  type DirectPaymentArrangements,
  type DirectPaymentConditionsInput,
  PlanLine,
} from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { directPaymentConditions } from "../src/index.ts"

const line = Schema.decodeUnknownSync(PlanLine)({
  id: "l1",
  description: "Personal assistant",
  category: "personal-assistant",
  provider: null,
  unitCostPence: 1_800,
  unitsPerPeriod: 4,
  frequency: "weekly",
  fundingStream: "council-social-care",
  deliveryMechanism: "direct-payment",
  outcomeIds: ["o1"],
})

const withCapacity: DirectPaymentArrangements = {
  requestedBy: "person",
  capacity: { hasCapacity: true, assessedOn: "2026-10-01", assessedBy: "A. Social Worker" },
  capableOfManaging: true,
  appropriateWayToMeetNeeds: true,
  nominatedPerson: null,
  authorisedPerson: null,
  justiceRequirements: [],
  householdPayments: [],
  nhs: null,
}

const check = (arrangements: DirectPaymentArrangements | null) => {
  const input: DirectPaymentConditionsInput = {
    fundingStream: "council-social-care",
    lines: [line],
    arrangements,
  }
  const outcome = directPaymentConditions(input)
  if (outcome === undefined) throw new Error("council money is England's to judge")
  return outcome
}
const failed = (arrangements: DirectPaymentArrangements | null) =>
  check(arrangements)
    .reasons.filter((r) => r.met === false)
    .map((r) => r.criterion)

describe("direct payments for council money: Care Act 2014 ss31-32 and SI 2014/1652", () => {
  it("s31: an adult with capacity who asks and can manage, where payments are appropriate", () => {
    const outcome = check(withCapacity)
    expect(outcome.met).toBe(true)
    expect(outcome.alternatives).toEqual([])
    expect(outcome.reasons.map((r) => r.text).join(" ")).toContain("s31(2)")
  })

  it("refuses when nothing is recorded, offering council-arranged or third-party support", () => {
    const outcome = check(null)
    expect(outcome.met).toBe(false)
    expect(outcome.alternatives).toEqual(["notional", "third-party"])
  })

  it("s31(4) and s31(5): not capable of managing, or not appropriate", () => {
    expect(failed({ ...withCapacity, capableOfManaging: false })).toEqual([
      "direct-payments/capable-of-managing",
    ])
    expect(failed({ ...withCapacity, appropriateWayToMeetNeeds: false })).toEqual([
      "direct-payments/appropriate",
    ])
  })

  it("s31(2): a nominee must agree; a person with capacity asks for themselves", () => {
    const nominee = { name: "Sam", relationship: "friend", agreesToActAsNominee: false }
    expect(failed({ ...withCapacity, nominatedPerson: nominee })).toEqual([
      "direct-payments/nominated-person",
    ])
    expect(failed({ ...withCapacity, requestedBy: "authorised-person" })).toEqual([
      "direct-payments/request",
    ])
  })

  it("reg 2 and Schedule: an excluded person gets the same support another way, with the order named", () => {
    const outcome = check({
      ...withCapacity,
      justiceRequirements: ["drug-rehabilitation-requirement"],
    })
    expect(outcome.met).toBe(false)
    expect(outcome.alternatives).toEqual(["notional", "third-party"])
    const excluded = outcome.reasons.find((r) => r.criterion === "direct-payments/excluded-person")
    expect(excluded?.text).toContain("a drug rehabilitation requirement")
    expect(excluded?.text).toContain("reg 2 and Schedule")
  })

  it("s32: a person who lacks capacity, through an authorised person acting in their best interests", () => {
    const lacking: DirectPaymentArrangements = {
      ...withCapacity,
      requestedBy: "authorised-person",
      capacity: { hasCapacity: false, assessedOn: "2026-10-01", assessedBy: "Dr B" },
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
      "direct-payments/authorised-person",
    ])
    expect(
      failed({
        ...lacking,
        authorisedPerson: { ...lacking.authorisedPerson!, willActInBestInterests: false },
      }),
    ).toEqual(["direct-payments/best-interests"])
    expect(
      failed({
        ...lacking,
        authorisedPerson: { ...lacking.authorisedPerson!, deputyOrAttorneySupports: false },
      }),
    ).toEqual(["direct-payments/deputy-or-attorney"])
  })

  it("reg 3: a close relative in the same household only with a recorded decision that it is necessary", () => {
    const paid = (necessaryBecause: string | null) => ({
      ...withCapacity,
      householdPayments: [{ lineId: "l1", relationship: "parent" as const, necessaryBecause }],
    })
    const refused = check(paid(null))
    expect(refused.met).toBe(false)
    expect(refused.reasons.at(-1)?.text).toContain("reg 3")
    expect(check(paid("no other carer speaks the person's language")).met).toBe(true)
    // A household payment on a line not paid as a direct payment is not this rule's business.
    expect(
      check({
        ...withCapacity,
        householdPayments: [{ lineId: "l9", relationship: "parent", necessaryBecause: null }],
      }).met,
    ).toBe(true)
  })

  it("leaves NHS money to the NHS rules", () => {
    expect(
      directPaymentConditions({
        fundingStream: "nhs-health",
        lines: [{ ...line, fundingStream: "nhs-health" }],
        arrangements: withCapacity,
      }),
    ).toBeUndefined()
  })
})
