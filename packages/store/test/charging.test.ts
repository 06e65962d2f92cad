import { describe, expect, it } from "@effect/vitest"
import {
  Actor,
  CouncilId,
  CurrentActor,
  decidePlan,
  draftPlan,
  getBudget,
  getJourney,
  recordFinancialAssessment,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { financial, supportPlan } from "@openpb/scenarios"
import { Effect } from "effect"
import { layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget, type WalkOptions } from "./journeySupport.ts"

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

/** A journey as far as planning, after these detentions and health grounds and this income. */
const toPlanning = (
  detentions: NonNullable<WalkOptions["detentions"]>,
  healthGrounds: NonNullable<WalkOptions["healthGrounds"]>,
  weeklyIncomePence: number,
) =>
  toIndicativeBudget(
    { givenName: "Charge", familyName: "Test" },
    { detentions, healthGrounds, weeklyIncomePence },
  ).pipe(Effect.map(({ journeyId }) => journeyId))

/** Drafts, submits and approves a plan, the approval as an approver with a panel's reference. */
const approvePlan = (
  journeyId: string,
  plan: typeof supportPlan | typeof mixedFundingPlan | typeof withAftercareLine,
) =>
  Effect.gen(function* () {
    yield* draftPlan({ journeyId, plan })
    yield* submitPlan({ journeyId })
    return yield* decidePlan({
      journeyId,
      approve: true,
      reasons: ["meets the outcomes"],
      panelReference: "P-7",
    }).pipe(Effect.provideService(CurrentActor, approver))
  })

const withAftercareLine = {
  ...supportPlan,
  lines: [{ ...supportPlan.lines[0], section117Aftercare: true }, supportPlan.lines[1]],
} as const

const asAdmin = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  effect.pipe(
    Effect.provideService(CurrentActor, admin),
    Effect.provide(layerTestRuntime(EnglandDefaultPolicies)),
  )

describe(`charging on ${testDatabaseKind()}`, () => {
  it.live(
    "takes the person's contribution from the council-funded part only, so the funding streams add up to the budget",
    () =>
      asAdmin(
        Effect.gen(function* () {
          // Income far above the minimum income guarantee: the contribution alone would exceed
          // the council's part of the plan.
          const journeyId = yield* toPlanning(["section-3"], ["section-117-aftercare"], 500_000)
          const journey = yield* approvePlan(journeyId, mixedFundingPlan)
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
        }),
      ),
    120_000,
  )

  it.live(
    "refuses a section 117 line after a section 2 detention alone, saying why, and writes nothing",
    () =>
      asAdmin(
        Effect.gen(function* () {
          const journeyId = yield* toPlanning(["section-2"], [], 25_000)
          const before = yield* getJourney({ journeyId })
          const refused = yield* Effect.flip(draftPlan({ journeyId, plan: withAftercareLine }))
          expect(refused._tag).toBe("InvalidInput")
          expect(refused.message).toContain("plan.lines.0.section117Aftercare")
          expect(refused.message).toContain("records only section 2")
          const after = yield* getJourney({ journeyId })
          expect(after.journey.version).toBe(before.journey.version)
          expect(after.journey.plans).toHaveLength(0)

          const claimed = yield* Effect.flip(
            recordFinancialAssessment({
              journeyId,
              financial: { ...financial, receivesSection117Aftercare: true },
            }),
          )
          expect(claimed._tag).toBe("InvalidInput")
          expect(claimed.message).toContain("financial.receivesSection117Aftercare")
        }),
      ),
    120_000,
  )

  it.live(
    "dates each financial assessment, checks the age against the date of birth, and uses the pension-age guarantee from the qualifying day",
    () =>
      asAdmin(
        Effect.gen(function* () {
          const journeyId = yield* toPlanning([], [], 25_000)
          const before = yield* getJourney({ journeyId })
          // Born 15 June 1960: pension-credit qualifying age is 66 years and 3 months.
          const pensioner = {
            ...financial,
            capitalPence: 0,
            weeklyDisabilityRelatedExpenditurePence: 0,
            weeklyHousingCostsPence: 0,
            dateOfBirth: "1960-06-15",
            ageYears: 66,
            assessedOn: "2026-09-15",
          }
          const wrongAge = yield* Effect.flip(
            recordFinancialAssessment({ journeyId, financial: { ...pensioner, ageYears: 65 } }),
          )
          expect(wrongAge._tag).toBe("InvalidInput")
          expect(wrongAge.message).toContain("financial.ageYears")
          expect(wrongAge.message).toContain("is 66 on 2026-09-15")
          expect((yield* getJourney({ journeyId })).journey.version).toBe(before.journey.version)

          const onTheDay = yield* recordFinancialAssessment({ journeyId, financial: pensioner })
          expect(onTheDay.financial?.weeklyContributionPence).toBe(25_000 - 23_265)
          const dayBefore = yield* recordFinancialAssessment({
            journeyId,
            financial: { ...pensioner, assessedOn: "2026-09-14" },
          })
          expect(dayBefore.financial?.weeklyContributionPence).toBe(25_000 - 11_250 - 4_965)

          const undated = yield* recordFinancialAssessment({ journeyId, financial })
          expect(undated.financial?.assessment.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        }),
      ),
    120_000,
  )

  it.live(
    "never charges for a section 117 line after a section 3 detention",
    () =>
      asAdmin(
        Effect.gen(function* () {
          const journeyId = yield* toPlanning(["section-3"], [], 500_000)
          const approved = (yield* approvePlan(journeyId, withAftercareLine)).approved!
          const aftercare = 1_800 * 4 * 52
          const chargeable = approved.costOfMeetingNeedsPence - aftercare
          expect(approved.personContributionPence).toBe(chargeable)
          expect(approved.councilSharePence).toBe(aftercare)
          expect(approved.personContributionPence + approved.councilSharePence).toBe(
            approved.costOfMeetingNeedsPence,
          )
        }),
      ),
    120_000,
  )
})
