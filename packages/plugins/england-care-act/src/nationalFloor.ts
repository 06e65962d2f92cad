import {
  type AdultAssessment,
  AdultOutcome,
  CarerOutcome,
  type FloorCases,
  type NationalFloor,
  UnableSense,
} from "@openpb/plugin-sdk"

// Every outcome and sense of the regulations, as core's schemas list them.
const adultOutcomes = AdultOutcome.literals
const carerOutcomes = CarerOutcome.literals
const senses = UnableSense.literals

const period = { from: "2026-01-05", to: "2026-03-29" }
const views = { person: "What matters to me.", practitioner: "What I found." }

const adult = (
  unable: ReadonlyArray<readonly [AdultOutcome, UnableSense]>,
  extra: Partial<Pick<(typeof AdultAssessment)["Encoded"], "fluctuation" | "period">> = {},
) => ({
  period,
  needsAriseFromImpairmentOrIllness: true,
  impairmentOrIllness: "a mental illness",
  outcomes: unable.map(([outcome, sense]) => ({
    outcome,
    unableSenses: [sense],
    evidence: "Recorded at assessment.",
  })),
  wellbeingImpact: "significant" as const,
  wellbeingEvidence: "Recorded at assessment.",
  healthNeeds: [],
  detentions: [],
  healthGrounds: [],
  views,
  ...extra,
})

const carer = (
  unable: ReadonlyArray<(typeof carerOutcomes)[number]>,
  healthAtRiskOfDeteriorating: boolean,
) => ({
  period,
  needsAriseFromProvidingNecessaryCare: true,
  healthAtRiskOfDeteriorating,
  outcomes: unable.map((outcome) => ({
    outcome,
    unableSenses: ["without-assistance" as const],
    evidence: "Recorded at assessment.",
  })),
  wellbeingImpact: "significant" as const,
  wellbeingEvidence: "Recorded at assessment.",
  views,
})

const person = (overrides: Record<string, unknown> = {}) => ({
  weeklyIncomePence: 30_000,
  capitalPence: 0,
  weeklyDisabilityRelatedExpenditurePence: 0,
  weeklyHousingCostsPence: 0,
  ageYears: 40,
  receivesSection117Aftercare: false,
  assessedOn: "2025-06-02",
  ...overrides,
})

/**
 * The boundary cases of the regulations, tried before any generated input: the people the
 * national rules only just make eligible (two outcomes in each sense and in every outcome; a
 * carer on one outcome alone or on health at risk alone), and charges around the minimum income
 * guarantee and the capital limits for every household and premium.
 */
export const englandFloorCases: FloorCases = {
  eligibility: {
    adult: [
      ...senses.map((sense) =>
        adult([
          ["nutrition", sense],
          ["relationships", sense],
        ]),
      ),
      ...adultOutcomes.map((outcome, i) =>
        adult([
          [outcome, "without-assistance"],
          [adultOutcomes[(i + 1) % adultOutcomes.length]!, "without-assistance"],
        ]),
      ),
      adult(
        [
          ["community-facilities", "significant-pain-distress-or-anxiety"],
          ["work-training-education-volunteering", "significant-pain-distress-or-anxiety"],
        ],
        {
          period: { from: "2025-03-30", to: "2026-03-29" },
          fluctuation: {
            pattern: "Episodes of depression most winters.",
            episodes: [{ from: "2026-01-12", to: "2026-02-20", description: "A low period." }],
          },
        },
      ),
    ],
    carer: [
      carer([], true),
      ...carerOutcomes.map((outcome) => carer([outcome], false)),
      carer(["recreation", "relationships"], true),
    ],
  },
  charging: {
    contribution: [
      person(),
      person({ ageYears: 24 }),
      person({ weeklyIncomePence: 16_215 }),
      person({ weeklyIncomePence: 16_216 }),
      person({ household: "lone-parent" }),
      person({ household: "couple" }),
      person({ ageYears: 70, weeklyIncomePence: 40_000 }),
      person({ ageYears: 67, dateOfBirth: "1958-03-01", weeklyIncomePence: 40_000 }),
      person({ household: "couple", ageYears: 70, weeklyIncomePence: 40_000 }),
      person({
        weeklyIncomePence: 60_000,
        premiums: { disability: true, enhancedDisability: true, carer: true, dependentChildren: 2 },
      }),
      person({
        weeklyIncomePence: 60_000,
        household: "couple",
        premiums: {
          disability: true,
          enhancedDisability: true,
          carer: false,
          dependentChildren: 1,
        },
      }),
      person({
        premiums: {
          disability: false,
          enhancedDisability: false,
          carer: false,
          dependentChildren: 0,
        },
      }),
      person({ capitalPence: 1_425_000 }),
      person({ capitalPence: 1_425_001 }),
      person({ capitalPence: 2_000_000, weeklyIncomePence: 15_000 }),
      person({ capitalPence: 2_325_000 }),
      person({ capitalPence: 2_325_001 }),
      person({ weeklyDisabilityRelatedExpenditurePence: 2_500, weeklyHousingCostsPence: 8_000 }),
      person({ receivesSection117Aftercare: true, capitalPence: 9_000_000 }),
      person({ weeklyIncomePence: 120_000, capitalPence: 500_000 }),
    ],
  },
  reviewSchedule: {
    nextReviews: [
      {
        planStartDate: "2026-01-05",
        firstDirectPaymentDate: null,
        firstNhsDirectPaymentDate: null,
        lastReviewDates: [],
      },
      {
        planStartDate: "2026-01-05",
        firstDirectPaymentDate: "2026-02-02",
        firstNhsDirectPaymentDate: null,
        lastReviewDates: [],
      },
      {
        planStartDate: "2025-01-06",
        firstDirectPaymentDate: "2025-02-03",
        firstNhsDirectPaymentDate: null,
        lastReviewDates: [
          { clock: "plan", date: "2025-03-03" },
          { clock: "direct-payment", date: "2025-07-31" },
        ],
      },
    ],
  },
}

/**
 * England's statutory floor, stated by this plugin with its default settings: eligibility
 * (Eligibility Criteria Regulations 2015 regs 2 and 3), charging (Charging and Assessment of
 * Resources Regulations 2014: the minimum income guarantee and capital limits) and the plan and
 * direct-payment review clocks (s27 and statutory guidance; Direct Payments Regulations 2014 reg
 * 7). Needs a council meets beyond it are recorded as met under its powers.
 */
export const englandFloor: NationalFloor<"eligibility" | "charging" | "reviewSchedule"> = {
  nation: "england",
  ports: ["eligibility", "charging", "reviewSchedule"],
  cases: englandFloorCases,
  beyondFloor: {
    adult: {
      criterion: "care-act/s19/1",
      met: null,
      text: "These needs do not meet the national eligibility criteria (Eligibility Criteria Regulations 2015, reg 2): the council meets them under its power to meet needs it is not required to meet (Care Act 2014 s19(1)).",
    },
    carer: {
      criterion: "care-act/s20/6",
      met: null,
      text: "The carer's needs do not meet the national eligibility criteria (Eligibility Criteria Regulations 2015, reg 3): the council meets them under its power to meet a carer's needs it is not required to meet (Care Act 2014 s20(6)).",
    },
  },
}
