import { describe, expect, it } from "@effect/vitest"
import {
  Actor,
  CouncilId,
  CurrentActor,
  decideEligibility,
  decidePlan,
  draftPlan,
  getBudget,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { eligibleAssessment, financial, referral, supportPlan } from "@openpb/scenarios"
import { Effect } from "effect"
import { layerTestRuntime, testDatabaseKind } from "../src/testing.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "charging-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "charging-approver", roles: ["approver"], councilId })

/** A plan with NHS-funded therapy beside the council-funded lines of the demo plan. */
const mixedFundingPlan = {
  ...supportPlan,
  lines: [
    ...supportPlan.lines,
    {
      id: "l3",
      description: "Psychological therapy sessions",
      category: "therapy-outside-nhs",
      provider: "Northmere Talking Therapies",
      unitCostPence: 6_000,
      unitsPerPeriod: 1,
      frequency: "weekly",
      fundingStream: "nhs-health",
      deliveryMechanism: "third-party",
      outcomeIds: ["o1"],
    },
  ],
} as const

describe(`charging on ${testDatabaseKind()}`, () => {
  it.live(
    "takes the person's contribution from the council-funded part only, so the funding streams add up to the budget",
    () =>
      Effect.gen(function* () {
        const person = yield* registerPerson({ givenName: "Charge", familyName: "Mixed" })
        const { id: journeyId } = yield* referPerson({ personId: person.id, referral })
        yield* startAssessment({ journeyId })
        yield* recordAssessment({
          journeyId,
          assessment: { ...eligibleAssessment, healthGrounds: ["section-117-aftercare"] },
        })
        // Income far above the minimum income guarantee: the contribution alone would exceed
        // the council's part of the plan.
        yield* recordFinancialAssessment({
          journeyId,
          financial: { ...financial, weeklyIncomePence: 500_000 },
        })
        yield* decideEligibility({ journeyId })
        yield* setIndicativeBudget({ journeyId })
        yield* draftPlan({ journeyId, plan: mixedFundingPlan })
        yield* submitPlan({ journeyId })
        const journey = yield* decidePlan({
          journeyId,
          approve: true,
          reasons: ["meets the outcomes"],
          panelReference: "P-7",
        }).pipe(Effect.provideService(CurrentActor, approver))

        const approved = journey.approved!
        const nhsLines = 6_000 * 52
        expect(approved.nhsSharePence).toBe(nhsLines)
        const councilLines = approved.costOfMeetingNeedsPence - nhsLines
        expect(approved.personContributionPence).toBeGreaterThan(0)
        expect(approved.personContributionPence).toBeLessThanOrEqual(councilLines)
        expect(
          approved.personContributionPence + approved.councilSharePence + approved.nhsSharePence,
        ).toBe(approved.costOfMeetingNeedsPence)

        const budget = yield* getBudget({ budgetId: journey.budgetId! })
        const streams = budget.fundingStreams.reduce((sum, s) => sum + s.amountPence, 0)
        expect(streams).toBe(budget.amountPence)
        expect(budget.fundingStreams.find((s) => s.stream === "nhs-health")?.amountPence).toBe(
          nhsLines,
        )
      }).pipe(
        Effect.provideService(CurrentActor, admin),
        Effect.provide(layerTestRuntime(EnglandDefaultPolicies)),
      ),
    120_000,
  )
})
