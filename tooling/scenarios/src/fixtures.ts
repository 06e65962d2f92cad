/** A person's adult assessment over a fortnight: unable to achieve three outcomes, significant impact. */
export const eligibleAssessment = {
  period: { from: "2026-10-01", to: "2026-10-14" },
  needsAriseFromImpairmentOrIllness: true,
  impairmentOrIllness: "bipolar affective disorder",
  outcomes: [
    {
      outcome: "nutrition",
      unableSenses: ["without-assistance"],
      evidence: "Skips meals on low days without prompting.",
    },
    {
      outcome: "relationships",
      unableSenses: ["significant-pain-distress-or-anxiety"],
      evidence: "Contact with friends causes severe anxiety.",
    },
    {
      outcome: "community-facilities",
      unableSenses: ["significant-pain-distress-or-anxiety", "takes-significantly-longer"],
      evidence: "Cannot use buses alone.",
    },
    { outcome: "personal-hygiene", unableSenses: [], evidence: "Manages." },
  ],
  wellbeingImpact: "significant",
  wellbeingEvidence: "Isolation and missed meals worsen mood.",
  healthNeeds: ["mood stabilisation"],
  detentions: ["section-3"],
  healthGrounds: [],
  views: {
    person: "I want to get out more and cook again.",
    carer: "She is isolated at home.",
    practitioner: "Needs fluctuate; the period covered low and better days.",
  },
} as const

/** The same person judged able to do all but one outcome: not eligible under reg 2(1)(b). */
export const notEligibleAssessment = {
  ...eligibleAssessment,
  outcomes: eligibleAssessment.outcomes.map((o, i) => (i === 0 ? o : { ...o, unableSenses: [] })),
  detentions: ["section-2"],
} as const

export const financial = {
  weeklyIncomePence: 25_000,
  capitalPence: 500_000,
  weeklyDisabilityRelatedExpenditurePence: 2_000,
  weeklyHousingCostsPence: 3_000,
  ageYears: 41,
  receivesSection117Aftercare: false,
} as const

export const supportPlan = {
  outcomes: [
    {
      id: "o1",
      domain: "social-participation-and-relationships",
      inOwnWords: "See my friends every week",
      howProgressWillBeSeen: "I meet a friend most weeks",
    },
    {
      id: "o2",
      domain: "daily-living-and-home",
      inOwnWords: "Cook for myself",
      howProgressWillBeSeen: "Three home-cooked meals a week",
    },
  ],
  lines: [
    {
      id: "l1",
      description: "Personal assistant for outings",
      category: "personal-assistant",
      provider: null,
      unitCostPence: 1_800,
      unitsPerPeriod: 4,
      frequency: "weekly",
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      outcomeIds: ["o1"],
    },
    {
      id: "l2",
      description: "Cookery course at the community college",
      category: "education-and-courses",
      provider: "Northmere Adult College",
      unitCostPence: 24_000,
      unitsPerPeriod: 1,
      frequency: "one-off",
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      outcomeIds: ["o2"],
    },
  ],
  contingency: {
    crisisContacts: [{ name: "Crisis team", phone: "0300 000 0000", role: "NHS crisis line" }],
    steps: ["Call the crisis team", "Increase personal assistant hours"],
    upliftCapPence: 50_000,
    maxDurationDays: 14,
  },
  riskEnablement: [
    {
      risk: "Travelling alone when anxious",
      agreed: "Start with short trips",
      whoDoesWhat: "PA comes along for the first month",
    },
  ],
  participants: [
    { role: "person", name: "Amara Okafor" },
    { role: "practitioner", name: "Care coordinator" },
  ],
} as const

export const referral = {
  source: "practitioner" as const,
  referredBy: "Community mental health team",
  toldAbout: "What a personal budget is, the three ways to hold it, and that saying no is fine.",
} as const

/**
 * Direct payments as the law allows them (Care Act 2014 s31): the person, who has capacity,
 * asked for them and can manage them; nothing excludes them; the NHS safeguards are in place for
 * any NHS-funded line paid directly.
 */
export const directPaymentArrangements = {
  requestedBy: "person",
  capacity: { hasCapacity: true, assessedOn: "2026-01-05", assessedBy: "Care coordinator" },
  capableOfManaging: true,
  appropriateWayToMeetNeeds: true,
  nominatedPerson: null,
  authorisedPerson: null,
  justiceRequirements: [],
  householdPayments: [],
  nhs: {
    careCoordinator: "Care coordinator",
    riskAssessedOn: "2026-01-05",
    riskManagementAgreedInPlan: true,
  },
} as const

/** DIALOG's eleven items in its order (eight life domains, three treatment aspects), rated 1-7. */
const dialogItems = [
  "mental-health",
  "physical-health",
  "job-situation",
  "accommodation",
  "leisure-activities",
  "friendships",
  "partner-family",
  "personal-safety",
  "medication",
  "practical-help",
  "meetings-with-professionals",
]
export const dialogAnswers = (
  ratings: ReadonlyArray<number>,
  wantsHelp: ReadonlyArray<string>,
) => ({
  instrument: "dialog",
  items: dialogItems.map((item, i) => ({
    item,
    value: ratings[i],
    wantsHelp: wantsHelp.includes(item),
  })),
})
