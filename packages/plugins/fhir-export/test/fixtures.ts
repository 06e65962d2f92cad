import { Journey, Person } from "@openpb/core"
import { Schema } from "effect"

/** A person, and one journey of theirs whose plan has NHS and council lines and a refused one. */
export const PERSON_ID = "0190b4e8-1111-7000-8000-000000000001"
export const JOURNEY_ID = "0190b4e8-2222-7000-8000-000000000002"
export const DECISION_ID = "0190b4e8-3333-7000-8000-000000000003"
export const BUDGET_ID = "0190b4e8-4444-7000-8000-000000000004"

export const person = (nhsNumber: string | null, id: string = PERSON_ID) =>
  Schema.decodeUnknownSync(Person)({
    id,
    councilId: "northmere",
    givenName: "Amara",
    familyName: "Okafor",
    dateOfBirth: "1987-04-12",
    createdAt: "2026-01-05T10:00:00.000Z",
    nhsNumber,
    contact: { phone: null, email: null, address: null },
    preferredLanguage: nhsNumber === null ? "Polish" : null,
    interpreterNeeded: false,
    equality: { ethnicity: "A", sex: "female" },
    researchConsent: false,
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
      id: "Outcome with spaces & symbols that is rather long for an id",
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
      outcomeIds: ["Outcome with spaces & symbols that is rather long for an id"],
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
  contingency: { crisisContacts: [], steps: [], upliftCapPence: 0, maxDurationDays: 0 },
  riskEnablement: [],
  participants: [
    { role: "person", name: "Amara Okafor" },
    { role: "practitioner", name: "Sam Patel" },
  ],
}

export const journey = (
  state: "draft" | "active" | "ended",
  ids: { readonly journeyId: string; readonly personId: string } = {
    journeyId: JOURNEY_ID,
    personId: PERSON_ID,
  },
) =>
  Schema.decodeUnknownSync(Journey)({
    id: ids.journeyId,
    councilId: "northmere",
    personId: ids.personId,
    stage: state === "draft" ? "planning" : state,
    version: 7,
    openedAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    referral: { source: "self", referredBy: "Amara Okafor", toldAbout: "Personal budgets." },
    practitioner: "Sam Patel",
    adviser: null,
    engagementSupport: "none",
    declineReason: null,
    assessment: null,
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
            personContributionPence: 52_000,
            councilSharePence: 682_800,
            nhsSharePence: 300_000,
            decisionId: DECISION_ID,
            refusedLines: [{ lineId: "laptop", decisionId: DECISION_ID }],
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
              progress: [{ outcomeId: "out-1", attainment: 1, note: "" }],
              wellbeing: null,
              views: null,
              outcome: "continue",
              decisionId: null,
            },
          ],
    ending:
      state === "ended"
        ? { reason: "goals-reached-moving-on", note: "", on: "2026-09-30", decisionId: DECISION_ID }
        : null,
  })
