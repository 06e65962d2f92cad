import { Journey, Person } from "@openpb/core"
import { Schema } from "effect"

export const PERSON_ID = "0190b4e8-1111-7000-8000-000000000001"
export const JOURNEY_ID = "0190b4e8-2222-7000-8000-000000000002"
export const DECISION_ID = "0190b4e8-3333-7000-8000-000000000003"
export const BUDGET_ID = "0190b4e8-4444-7000-8000-000000000004"

export const person = (
  details: { readonly full: boolean } = { full: true },
  id: string = PERSON_ID,
) =>
  Schema.decodeUnknownSync(Person)({
    id,
    councilId: "northmere",
    givenName: "Amara",
    familyName: "Okafor",
    dateOfBirth: details.full ? "1987-04-12" : null,
    createdAt: "2026-01-05T10:00:00.000Z",
    nhsNumber: details.full ? "9434765919" : null,
    contact: details.full
      ? { phone: "01632 960000", email: null, address: "12 Mill Lane\nNorthmere\nNM1 2AB" }
      : { phone: null, email: null, address: null },
    preferredLanguage: details.full ? "Polish" : null,
    interpreterNeeded: details.full,
    equality: { ethnicity: "A", sex: "female" },
    researchConsent: false,
    ...(details.full ? { ownStatement: "Music keeps me well." } : {}),
  })

const plan = {
  outcomes: [
    {
      id: "out-1",
      domain: "social-participation-and-relationships",
      inOwnWords: "I want to get back to my choir on Thursdays.",
      howProgressWillBeSeen: "I go to choir most weeks.",
    },
    {
      id: "out-2",
      domain: "physical-health",
      inOwnWords: "Walk to the park without stopping.",
      howProgressWillBeSeen: "I walk there twice a week.",
      weight: 3,
    },
  ],
  lines: [
    {
      id: "pa",
      description: "A personal assistant for choir and shopping",
      category: "personal-assistant",
      provider: "Northmere PA Co-op",
      unitCostPence: 1_650,
      unitsPerPeriod: 6,
      frequency: "weekly",
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      outcomeIds: ["out-1"],
      personTopUpPence: 500,
    },
    {
      id: "gym",
      description: "Gym membership",
      category: "sport-and-exercise",
      provider: null,
      unitCostPence: 2_500,
      unitsPerPeriod: 1,
      frequency: "monthly",
      fundingStream: "nhs-health",
      deliveryMechanism: "notional",
      outcomeIds: ["out-2"],
    },
    {
      id: "peer",
      description: "Peer support group after discharge",
      category: "peer-support-and-community",
      provider: "Northmere Mind",
      unitCostPence: 3_000,
      unitsPerPeriod: 1,
      frequency: "weekly",
      fundingStream: "council-social-care",
      deliveryMechanism: "third-party",
      outcomeIds: ["out-1"],
      section117Aftercare: true,
    },
    {
      id: "laptop",
      description: "A laptop for online groups",
      category: "equipment",
      provider: "",
      unitCostPence: 40_000,
      unitsPerPeriod: 1,
      frequency: "one-off",
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      outcomeIds: [],
    },
  ],
  contingency: {
    crisisContacts: [
      { name: "Crisis line", phone: "0800 000 000", role: "" },
      { name: "Joy Okafor", phone: "", role: "sister" },
    ],
    steps: ["Call my sister first."],
    upliftCapPence: 20_000,
    maxDurationDays: 28,
  },
  riskEnablement: [
    {
      risk: "Travelling alone at night",
      agreed: "I take a taxi home after choir.",
      whoDoesWhat: "The PA books it.",
    },
  ],
  participants: [
    { role: "person", name: "Amara Okafor" },
    { role: "carer", name: "Joy Okafor" },
    { role: "practitioner", name: "Sam Patel" },
  ],
}

export const assessment = (healthGrounds: ReadonlyArray<string>) => ({
  period: { from: "2026-01-05", to: "2026-01-29" },
  needsAriseFromImpairmentOrIllness: true,
  impairmentOrIllness: "bipolar affective disorder",
  outcomes: [],
  wellbeingImpact: "significant",
  wellbeingEvidence: "",
  healthNeeds: ["Regular lithium monitoring"],
  detentions: ["section-3"],
  healthGrounds,
  views: { person: "", practitioner: "" },
})

export const journey = (
  state: "draft" | "active" | "ended",
  options: {
    readonly journeyId?: string
    readonly personId?: string
    readonly healthGrounds?: ReadonlyArray<string>
    readonly contributionPence?: number
  } = {},
) =>
  Schema.decodeUnknownSync(Journey)({
    id: options.journeyId ?? JOURNEY_ID,
    councilId: "northmere",
    personId: options.personId ?? PERSON_ID,
    stage: state === "draft" ? "planning" : state,
    version: 7,
    openedAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    referral: { source: "self", referredBy: "Amara Okafor", toldAbout: "Personal budgets." },
    practitioner: "Sam Patel",
    adviser: state === "draft" ? null : "Lee Brown",
    engagementSupport: "none",
    declineReason: null,
    assessment: assessment(options.healthGrounds ?? []),
    financial: null,
    eligibilityDecisionId: null,
    healthEligible: true,
    budgetId: state === "draft" ? null : BUDGET_ID,
    indicativeDecisionId: null,
    plans: [
      {
        version: 1,
        content: plan,
        createdAt: "2026-02-01T10:00:00.000Z",
        createdBy: "sam",
        annualCostPence: 1_034_800,
      },
    ],
    submission: null,
    approved:
      state === "draft"
        ? null
        : {
            planVersion: 1,
            costOfMeetingNeedsPence: 1_034_800,
            personContributionPence: options.contributionPence ?? 52_000,
            councilSharePence: 682_800,
            nhsSharePence: 300_000,
            decisionId: DECISION_ID,
            refusedLines: [{ lineId: "laptop", decisionId: DECISION_ID }],
            effectiveFrom: "2026-03-02",
          },
    contingency: null,
    suspension: null,
    reviews:
      state === "draft"
        ? []
        : [
            {
              id: "r1",
              clock: null,
              trigger: "scheduled",
              dueDate: "2026-05-01",
              status: "completed",
              completedOn: "2026-05-02",
              progress: [{ outcomeId: "out-1", attainment: 1, note: "Back most weeks" }],
              wellbeing: null,
              views: null,
              outcome: "continue",
              decisionId: null,
            },
            {
              id: "r2",
              clock: null,
              trigger: "scheduled",
              dueDate: "2027-05-01",
              status: "due",
              completedOn: null,
              progress: [],
              wellbeing: null,
              views: null,
              outcome: null,
              decisionId: null,
            },
          ],
    ending:
      state === "ended"
        ? { reason: "goals-reached-moving-on", note: "", on: "2026-09-30", decisionId: DECISION_ID }
        : null,
  })
