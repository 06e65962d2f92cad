import { testPluginConformance } from "@openpb/plugin-testkit"
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  cldEvents,
  EnglandReturnsSettings,
  englandReturns,
  financialYearStart,
  phbType,
  Quarter,
  requestRouteOfAccess,
  cldRow,
} from "../src/index.ts"

testPluginConformance(englandReturns, {
  settings: [
    { laCode: "E10000999" },
    {
      laCode: "E10000999",
      deliveryMechanisms: {
        notional: "CASSR Managed Personal Budget",
        "third-party": "CASSR Commissioned Support",
        "direct-payment": "Direct Payment",
      },
      primarySupportReason: "Learning Disability Support",
      routeOfAccess: {
        hospital: "Diversion from Hospital Services",
        self: "Planned Entry (Transition)",
      },
    },
  ],
  invalidSettings: [
    {},
    { laCode: "" },
    { laCode: "Northmere" },
    {
      laCode: "E10000999",
      deliveryMechanisms: { notional: "ISF", "third-party": "ISF", "direct-payment": "DP" },
    },
    { laCode: "E10000999", primarySupportReason: "Mental health" },
    { laCode: "E10000999", routeOfAccess: { hospital: "Hospital discharge" } },
    // A source core does not record, so a misspelt key cannot silently keep the default.
    { laCode: "E10000999", routeOfAccess: { ward: "Discharge from Hospital" } },
  ],
})

const date = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2040-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

describe("the returns' rules", () => {
  it("accepts as a quarter exactly the four quarters of any year", () => {
    const isQuarter = (from: string, to: string) =>
      Schema.decodeUnknownExit(Quarter)({ from, to })._tag === "Success"
    fc.assert(
      fc.property(date, date, (from, to) => {
        const expected =
          (from.slice(5) === "04-01" && to === `${from.slice(0, 4)}-06-30`) ||
          (from.slice(5) === "07-01" && to === `${from.slice(0, 4)}-09-30`) ||
          (from.slice(5) === "10-01" && to === `${from.slice(0, 4)}-12-31`) ||
          (from.slice(5) === "01-01" && to === `${from.slice(0, 4)}-03-31`)
        expect(isQuarter(from, to)).toBe(expected)
      }),
    )
    expect(isQuarter("2027-01-01", "2027-03-31")).toBe(true)
    expect(isQuarter("2026-10-01", "2026-12-30")).toBe(false)
  })

  it("starts the financial year on the 1 April on or before the date", () => {
    fc.assert(
      fc.property(date, (d) => {
        const start = financialYearStart(d)
        expect(start.slice(5)).toBe("04-01")
        expect(start <= d).toBe(true)
        expect(`${Number(start.slice(0, 4)) + 1}-04-01` > d).toBe(true)
      }),
    )
  })

  it("counts a mixed personal health budget under the type holding most of its money", () => {
    const mechanism = fc.constantFrom("notional", "third-party", "direct-payment" as const)
    const line = fc.record({
      mechanism,
      unitCostPence: fc.integer({ min: 0, max: 100_000 }),
      unitsPerPeriod: fc.integer({ min: 1, max: 10 }),
      frequency: fc.constantFrom("weekly", "four-weekly", "monthly", "one-off" as const),
    })
    const perYear = { weekly: 52, "four-weekly": 13, monthly: 12, "one-off": 1 }
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const plan = lines.map((l, i) => ({
          id: `l${i}`,
          category: "other",
          fundingStream: "nhs-health" as const,
          deliveryMechanism: l.mechanism,
          unitCostPence: l.unitCostPence,
          unitsPerPeriod: l.unitsPerPeriod,
          frequency: l.frequency,
        }))
        const money = (type: string) =>
          lines
            .filter((l) => l.mechanism === type)
            .reduce((s, l) => s + l.unitCostPence * l.unitsPerPeriod * perYear[l.frequency], 0)
        const chosen = phbType(plan)
        for (const other of ["notional", "third-party", "direct-payment"])
          expect(money(chosen)).toBeGreaterThanOrEqual(money(other))
      }),
    )
  })
})

describe("a person who withdraws during the assessment", () => {
  const settings = Schema.decodeUnknownSync(EnglandReturnsSettings)({ laCode: "E10000999" })
  const journey: Parameters<typeof cldEvents>[0] = {
    id: "j1",
    councilId: "c1",
    person: {
      id: "p1",
      givenName: "Wren",
      familyName: "Hale",
      dateOfBirth: null,
      nhsNumber: null,
      address: null,
      sex: null,
      ethnicity: null,
      researchConsent: false,
      hasCarer: false,
    },
    stage: "declined",
    openedOn: "2026-09-01",
    updatedOn: "2026-10-12",
    referralSource: "self",
    caresFor: null,
    assessment: { from: "2026-09-07", to: "2026-10-05", detentions: [], healthGrounds: [] },
    eligibility: null,
    informationAndAdviceGiven: false,
    financialAssessedOn: null,
    healthEligible: false,
    approvedOn: null,
    approvedLines: [],
    suspendedFrom: null,
    reviews: [],
    ending: null,
  }

  it("progresses the request to assessment and ends the assessment as support declined", () => {
    const [request, assessment] = cldEvents(journey, settings)
    expect(request).toMatchObject({ outcome: "Progress to Assessment", end: "2026-09-07" })
    expect(assessment).toMatchObject({
      type: "Assessment",
      start: "2026-09-07",
      end: "2026-10-12",
      outcome: "NFA - Support declined",
    })
  })

  it("dates the request from the day it was received, when that was before it was recorded", () => {
    const received = { ...journey, requestedOn: "2026-08-28" }
    const [request] = cldEvents(received, settings)
    expect(request).toMatchObject({ type: "Request", start: "2026-08-28", end: "2026-09-07" })
    // An assessment begun before the request was recorded starts on its own first day.
    const [, early] = cldEvents(
      { ...received, assessment: { ...journey.assessment!, from: "2026-09-01" } },
      settings,
    )
    expect(early).toMatchObject({ type: "Assessment", start: "2026-09-01" })
  })

  it("declines the request itself when no assessment began", () => {
    const events = cldEvents({ ...journey, assessment: null }, settings)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ outcome: "NFA - Support declined", end: "2026-10-12" })
  })

  it("gives the request, and only the request, a route of access from its referral source", () => {
    const routes = (referralSource: string) =>
      cldEvents({ ...journey, referralSource }, settings).map((e) => [e.type, e.routeOfAccess])
    expect(routes("hospital")).toEqual([
      ["Request", "Discharge from Hospital"],
      ["Assessment", null],
    ])
    expect(routes("gp")).toEqual([
      ["Request", "Community / Other route"],
      ["Assessment", null],
    ])
  })

  it("reports a referral source it does not know under the council's route for other sources", () => {
    const council = Schema.decodeUnknownSync(EnglandReturnsSettings)({
      laCode: "E10000999",
      routeOfAccess: { other: "Planned Entry (Transition)" },
    })
    const journeyFrom = (referralSource: string) => ({ ...journey, referralSource })
    expect(requestRouteOfAccess(journeyFrom("ward-round"), council)).toBe(
      "Planned Entry (Transition)",
    )
    expect(requestRouteOfAccess(journeyFrom("ward-round"), settings)).toBe(
      "Community / Other route",
    )
    expect(requestRouteOfAccess(journeyFrom("hospital"), council)).toBe("Discharge from Hospital")
  })
})

describe("a carer's own journey in the CLD return", () => {
  const settings = Schema.decodeUnknownSync(EnglandReturnsSettings)({ laCode: "E10000999" })
  const quarter = { from: "2026-10-01", to: "2026-12-31" }
  const carers: Parameters<typeof cldEvents>[0] = {
    id: "j2",
    councilId: "c1",
    person: {
      id: "carer-1",
      givenName: "Ruth",
      familyName: "Okafor",
      dateOfBirth: "1975-04-02",
      nhsNumber: null,
      address: null,
      sex: null,
      ethnicity: null,
      researchConsent: false,
      hasCarer: false,
    },
    stage: "active",
    openedOn: "2026-10-01",
    updatedOn: "2026-11-02",
    referralSource: "carer",
    caresFor: "cared-for-1",
    assessment: { from: "2026-10-02", to: "2026-10-20", detentions: [], healthGrounds: [] },
    eligibility: { outcome: "eligible", decidedOn: "2026-10-21" },
    informationAndAdviceGiven: false,
    financialAssessedOn: null,
    healthEligible: false,
    approvedOn: "2026-11-02",
    approvedLines: [
      {
        id: "b1",
        category: "respite-and-short-breaks",
        fundingStream: "council-social-care",
        deliveryMechanism: "direct-payment",
        unitCostPence: 6_000,
        unitsPerPeriod: 1,
        frequency: "monthly",
      },
    ],
    suspendedFrom: null,
    reviews: [],
    ending: null,
  }

  it("reports the carer as a Carer, linked to the adult they care for, with carer support direct to the carer", () => {
    const rows = cldEvents(carers, settings).map(cldRow(settings, quarter, carers))
    expect(rows.every((r) => r.client_type === "Carer")).toBe(true)
    expect(rows.every((r) => r.adult_1_linked_person_id === "cared-for-1")).toBe(true)
    expect(rows.every((r) => r.no_of_adults_being_cared_for === 1)).toBe(true)
    expect(rows.find((r) => r.event_type === "Assessment")).toMatchObject({
      event_description: "Care Act carer's assessment (s10)",
      event_outcome: "Progress to Support Planning / Services",
    })
    expect(rows.find((r) => r.event_type === "Service")).toMatchObject({
      service_type: "Carer Support: Direct to Carer",
      delivery_mechanism: "Direct Payment",
    })
  })

  it("reports a service user as before, with no linked adult", () => {
    const rows = cldEvents({ ...carers, caresFor: null }, settings).map(
      cldRow(settings, quarter, { ...carers, caresFor: null }),
    )
    expect(rows.every((r) => r.client_type === "Service User")).toBe(true)
    expect(rows.every((r) => r.adult_1_linked_person_id === null)).toBe(true)
    expect(rows.find((r) => r.event_type === "Service")?.service_type).toBe(
      "Long Term Support: Community",
    )
  })
})

describe("a not-eligible decision in the CLD return", () => {
  const settings = Schema.decodeUnknownSync(EnglandReturnsSettings)({ laCode: "E10000999" })
  const notEligible: Parameters<typeof cldEvents>[0] = {
    id: "j3",
    councilId: "c1",
    person: {
      id: "p3",
      givenName: "Sam",
      familyName: "Reed",
      dateOfBirth: "1980-01-01",
      nhsNumber: null,
      address: null,
      sex: null,
      ethnicity: null,
      researchConsent: false,
      hasCarer: false,
    },
    stage: "not-eligible",
    openedOn: "2026-10-01",
    updatedOn: "2026-10-21",
    referralSource: "gp",
    caresFor: null,
    assessment: { from: "2026-10-02", to: "2026-10-20", detentions: [], healthGrounds: [] },
    eligibility: { outcome: "not-eligible", decidedOn: "2026-10-21" },
    informationAndAdviceGiven: false,
    financialAssessedOn: null,
    healthEligible: false,
    approvedOn: null,
    approvedLines: [],
    suspendedFrom: null,
    reviews: [],
    ending: null,
  }
  const assessmentOutcome = (journey: typeof notEligible) =>
    cldEvents(journey, settings).find((e) => e.type === "Assessment")?.outcome

  it("is information and advice when the written advice s13(5) requires was recorded", () => {
    expect(assessmentOutcome({ ...notEligible, informationAndAdviceGiven: true })).toBe(
      "NFA - Information & Advice / Signposting only",
    )
  })

  it("is no services offered when no advice was recorded", () => {
    expect(assessmentOutcome(notEligible)).toBe("NFA - No services offered: Other reason")
  })
})
