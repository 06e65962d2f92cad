import {
  FhirBundle,
  fhirBundleOf,
  FhirPersonPlans,
  fhirPersonPlans,
  goalIdOf,
  NHS_NUMBER_SYSTEM,
  PERSONAL_BUDGET_EXTENSION,
  PLAN_LINE_EXTENSION,
} from "@openpb/core"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { BUDGET_ID, JOURNEY_ID, journey, PERSON_ID, person } from "./fixtures.ts"
import { fhirErrors } from "./validator.ts"

const encode = Schema.encodeSync(FhirPersonPlans)

/** Every resource of the record, each validated on its own and inside the Bundle. */
const expectValid = (plans: FhirPersonPlans) => {
  const resources = [plans.patient, ...plans.carePlans, ...plans.goals]
  for (const resource of resources) expect(fhirErrors(resource)).toEqual([])
  const bundle = Schema.encodeSync(FhirBundle)(fhirBundleOf(plans, "2026-06-01T09:00:00.000Z"))
  expect(fhirErrors(bundle)).toEqual([])
  return resources
}

describe("a person's plans as FHIR R4", () => {
  it("gives the Patient the NHS number under UK Core's system, and validates", () => {
    const plans = encode(
      fhirPersonPlans(person("9434765919"), [
        { journey: journey("active"), approvedOn: "2026-03-01" },
      ]),
    )
    expectValid(plans)
    expect(plans.patient).toEqual({
      resourceType: "Patient",
      id: PERSON_ID,
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: "9434765919" }],
      name: [{ use: "official", family: "Okafor", given: ["Amara"] }],
      birthDate: "1987-04-12",
    })
    // Equality data is held for monitoring only: never sent on.
    expect(JSON.stringify(plans)).not.toContain("female")
  })

  it("leaves the identifier out when there is no NHS number, and still validates", () => {
    const plans = encode(
      fhirPersonPlans(person(null), [{ journey: journey("draft"), approvedOn: null }]),
    )
    expectValid(plans)
    expect(plans.patient.identifier).toBeUndefined()
    expect(plans.patient.communication).toEqual([{ language: { text: "Polish" }, preferred: true }])
  })

  it("writes an approved plan as an active CarePlan: a line per activity with its cost, NHS and council lines apart", () => {
    const plans = encode(
      fhirPersonPlans(person("9434765919"), [
        { journey: journey("active"), approvedOn: "2026-03-01" },
      ]),
    )
    const [carePlan] = plans.carePlans
    expect(carePlan).toMatchObject({
      resourceType: "CarePlan",
      id: JOURNEY_ID,
      status: "active",
      intent: "plan",
      subject: { reference: `Patient/${PERSON_ID}` },
      period: { start: "2026-03-01" },
      meta: { versionId: "1" },
    })
    expect(carePlan!.goal).toEqual(plans.goals.map((g) => ({ reference: `Goal/${g.id}` })))
    const details = carePlan!.activity.map((a) => a.detail)
    expect(details.map((d) => d.status)).toEqual(["in-progress", "in-progress", "cancelled"])
    expect(details.map((d) => d.description)).toEqual([
      "A personal assistant for choir and shopping",
      "Gym membership",
      "A laptop for online groups",
    ])
    const parts = (i: number) =>
      Object.fromEntries(
        details[i]!.extension.find((e) => e.url === PLAN_LINE_EXTENSION)!.extension!.map((p) => [
          p.url,
          p.valueMoney?.value ?? p.valueCode ?? p.valueBoolean,
        ]),
      )
    // (16.50 x 6 - 5.00 top-up) x 52 weeks = 4,888.00; the top-up is the person's, per week.
    expect(parts(0)).toEqual({
      unitCost: 16.5,
      annualCost: 4_888,
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      personTopUp: 5,
    })
    expect(parts(1)).toMatchObject({ annualCost: 300, fundingStream: "nhs-health" })
    expect(details[0]!.performer).toEqual([{ display: "Northmere PA Co-op" }])
    expect(details[2]!.performer).toBeUndefined()
    expect(details[0]!.scheduledTiming).toEqual({ repeat: { period: 1, periodUnit: "wk" } })
    expect(details[2]!.scheduledTiming).toEqual({ repeat: { count: 1 } })
    expect(details[2]!.goal).toBeUndefined()
    const budget = Object.fromEntries(
      carePlan!.extension
        .find((e) => e.url === PERSONAL_BUDGET_EXTENSION)!
        .extension!.map((p) => [p.url, p.valueMoney?.value ?? p.valueCode ?? p.valueString]),
    )
    expect(budget).toEqual({
      planAnnualCost: 10_348,
      costOfMeetingNeeds: 10_348,
      councilShare: 6_828,
      nhsShare: 3_000,
      personContribution: 520,
      // The laptop was refused: the lines in force are direct payment and notional.
      deliveryMechanism: "mixed",
      budgetId: BUDGET_ID,
    })
  })

  it("writes a Goal per outcome in the person's own words, with how progress is seen and the last review's attainment", () => {
    const plans = encode(
      fhirPersonPlans(person("9434765919"), [
        { journey: journey("active"), approvedOn: "2026-03-01" },
      ]),
    )
    expect(plans.goals).toHaveLength(2)
    const [choir, walk] = plans.goals
    expect(choir).toMatchObject({
      resourceType: "Goal",
      id: goalIdOf(JOURNEY_ID, "out-1"),
      lifecycleStatus: "active",
      description: { text: "I want to get back to my choir on Thursdays." },
      target: [{ measure: { text: "I go to choir most weeks." } }],
      subject: { reference: `Patient/${PERSON_ID}` },
      expressedBy: { reference: `Patient/${PERSON_ID}` },
      startDate: "2026-03-01",
      achievementStatus: { coding: [{ code: "achieved" }] },
    })
    // An outcome id that is no FHIR id still gives a valid, stable one.
    expect(walk!.id).toMatch(/^[a-f0-9]{32}$/)
    expect(walk!.achievementStatus).toBeUndefined()
  })

  it("follows the journey: a draft is proposed, an ended plan completed with its end date", () => {
    const draft = encode(
      fhirPersonPlans(person(null), [{ journey: journey("draft"), approvedOn: null }]),
    )
    expect(draft.carePlans[0]!.status).toBe("draft")
    expect(draft.carePlans[0]!.period).toBeUndefined()
    expect(draft.goals.map((g) => g.lifecycleStatus)).toEqual(["proposed", "proposed"])
    expect(draft.carePlans[0]!.activity.map((a) => a.detail.status)).toEqual([
      "not-started",
      "not-started",
      "not-started",
    ])
    const ended = encode(
      fhirPersonPlans(person(null), [{ journey: journey("ended"), approvedOn: "2026-03-01" }]),
    )
    expectValid(ended)
    expect(ended.carePlans[0]).toMatchObject({
      status: "completed",
      period: { start: "2026-03-01", end: "2026-09-30" },
    })
    expect(ended.goals.map((g) => g.lifecycleStatus)).toEqual(["completed", "completed"])
  })

  it("is refused by the validator when a rule of FHIR is broken (the check can fail)", () => {
    const plans = encode(
      fhirPersonPlans(person(null), [{ journey: journey("active"), approvedOn: null }]),
    )
    const { status: _, ...withoutStatus } = plans.carePlans[0]!
    expect(fhirErrors(withoutStatus)).not.toEqual([])
    const [budget] = plans.carePlans[0]!.extension
    const both = { ...budget, valueString: "a value beside its parts" }
    expect(fhirErrors({ ...plans.carePlans[0], extension: [both] })).not.toEqual([])
    expect(fhirErrors({ ...plans.goals[0], subject: undefined })).not.toEqual([])
  })
})
