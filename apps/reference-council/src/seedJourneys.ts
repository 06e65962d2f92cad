import {
  activateContingency,
  checkDirectPaymentSurplus,
  getBudget,
  getJourney,
  lodgeChallenge,
  recordAllocation,
  recordPayment,
  todayInLondon,
  completeReview,
  declineBudget,
  decideEligibility,
  decidePlan,
  draftPlan,
  endJourney,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  startReview,
  recordDirectPaymentArrangements,
  submitPlan,
  suspendBudget,
  type UseCaseServices,
} from "@openpb/core"
import {
  eligibleAssessment,
  financial,
  notEligibleAssessment,
  referral,
  supportPlan,
  directPaymentArrangements,
} from "@openpb/scenarios"
import { Effect } from "effect"

type Step = (journeyId: string) => Effect.Effect<unknown, unknown, UseCaseServices>

const assess: ReadonlyArray<Step> = [
  (journeyId) => startAssessment({ journeyId }),
  (journeyId) => recordAssessment({ journeyId, assessment: eligibleAssessment }),
  (journeyId) => recordFinancialAssessment({ journeyId, financial }),
]
const toEligible = [...assess, (journeyId: string) => decideEligibility({ journeyId })]
const toIndicative = [...toEligible, (journeyId: string) => setIndicativeBudget({ journeyId })]
const toPlanning = [
  ...toIndicative,
  (journeyId: string) => draftPlan({ journeyId, plan: supportPlan }),
]
const toAwaiting = [
  ...toPlanning,
  (journeyId: string) =>
    recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements }),
  (journeyId: string) => submitPlan({ journeyId }),
]
const toActive = [
  ...toAwaiting,
  (journeyId: string) =>
    decidePlan({
      journeyId,
      approve: true,
      reasons: ["Meets the eligible needs."],
      panelReference: "DEMO-PANEL-1",
    }),
]

/** The person contests the decision just made about them; the council has yet to answer. */
const challengeEligibility: Step = (journeyId) =>
  Effect.gen(function* () {
    const { journey } = yield* getJourney({ journeyId })
    yield* lodgeChallenge({
      decisionId: journey.eligibilityDecisionId!,
      grounds: "The assessment was on a good day; on low days I cannot leave the house.",
    })
  })

/**
 * Half a year's money paid into the direct-payment account and not spent: the monitoring
 * policy proposes to recover the surplus, and the person's time to answer is running.
 */
const surplusBuildsUp: Step = (journeyId) =>
  Effect.gen(function* () {
    const { journey } = yield* getJourney({ journeyId })
    const budgetId = journey.budgetId!
    const stream = (yield* getBudget({ budgetId })).fundingStreams[0]!
    const amountPence = Math.round(stream.amountPence / 2)
    const date = yield* todayInLondon
    yield* recordAllocation({
      budgetId,
      idempotencyKey: "demo-surplus",
      stream: stream.stream,
      amountPence,
      date,
    })
    yield* recordPayment({
      budgetId,
      idempotencyKey: "demo-surplus-paid",
      stream: stream.stream,
      mechanism: "direct-payment",
      amountPence,
      date,
      payee: "Direct payment account",
    })
    yield* checkDirectPaymentSurplus({ budgetId, stream: stream.stream })
  })

/** One demo person at every stage of the journey, each reached through the real use cases. */
const demoJourneys: ReadonlyArray<{
  readonly name: [string, string]
  readonly steps: ReadonlyArray<Step>
}> = [
  { name: ["Nia", "Williams"], steps: [] },
  {
    name: ["Oskar", "Berg"],
    steps: [
      (j) => declineBudget({ journeyId: j, reason: "Prefers services as they are for now." }),
    ],
  },
  { name: ["Leila", "Haddad"], steps: assess },
  {
    name: ["Sean", "Murphy"],
    steps: [
      (j) => startAssessment({ journeyId: j }),
      (j) => recordAssessment({ journeyId: j, assessment: notEligibleAssessment }),
      (j) => decideEligibility({ journeyId: j }),
      challengeEligibility,
    ],
  },
  { name: ["Mei", "Chen"], steps: toEligible },
  { name: ["Kwame", "Mensah"], steps: toIndicative },
  { name: ["Ruth", "Adeyemi"], steps: toPlanning },
  { name: ["Dylan", "Hughes"], steps: toAwaiting },
  {
    name: ["Fatima", "Rahman"],
    steps: [
      ...toActive,
      (j) =>
        activateContingency({
          journeyId: j,
          upliftPence: 30_000,
          days: 7,
          reason: "A difficult week.",
        }),
    ],
  },
  { name: ["Grace", "Okoro"], steps: [...toActive, surplusBuildsUp] },
  {
    name: ["Jonah", "Price"],
    steps: [...toActive, (j) => suspendBudget({ journeyId: j, reason: "a hospital stay" })],
  },
  {
    name: ["Aisha", "Bello"],
    steps: [...toActive, (j) => startReview({ journeyId: j, trigger: "person-request" })],
  },
  {
    name: ["Hannah", "Clarke"],
    steps: [
      ...toActive,
      (j) => startReview({ journeyId: j, trigger: "scheduled" }),
      (j) =>
        completeReview({
          journeyId: j,
          progress: [
            { outcomeId: "o1", attainment: 2, note: "Sees friends every week." },
            { outcomeId: "o2", attainment: 1, note: "Cooks most days." },
          ],
          views: { person: "I don't need it any more.", practitioner: "Goals reached." },
          outcome: "continue",
          reasons: ["Good progress."],
        }),
      (j) =>
        endJourney({
          journeyId: j,
          reason: "goals-reached-moving-on",
          note: "A planned, positive ending.",
        }),
    ],
  },
]

/** Seeds the demo people at every stage (the caller provides the actor and the services). */
export const seedDemoJourneys = Effect.gen(function* () {
  for (const demo of demoJourneys) {
    const person = yield* registerPerson({ givenName: demo.name[0], familyName: demo.name[1] })
    const journey = yield* referPerson({
      personId: person.id,
      referral,
      practitioner: "demo-practitioner",
    })
    for (const step of demo.steps) yield* step(journey.id)
  }
})
