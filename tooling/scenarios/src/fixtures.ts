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

/**
 * A carer's own assessment (reg 3): the needs arise from caring, and caring leaves the carer
 * unable to take part in recreation or keep up work, with a significant impact on wellbeing.
 */
export const eligibleCarerAssessment = {
  period: { from: "2026-01-01", to: "2026-03-31" },
  needsAriseFromProvidingNecessaryCare: true,
  healthAtRiskOfDeteriorating: false,
  outcomes: [
    {
      outcome: "recreation",
      unableSenses: ["without-assistance"],
      evidence: "Has not had an evening out in months: no one else can stay with her mother.",
    },
    {
      outcome: "work-training-education-volunteering",
      unableSenses: ["significant-pain-distress-or-anxiety"],
      evidence: "Cut her hours twice this year to be at home during crises.",
    },
  ],
  wellbeingImpact: "significant",
  wellbeingEvidence: "Sleeping badly and feels she cannot go on like this.",
  views: {
    person: "I need a break, and to keep my job.",
    practitioner: "Caring is taking a heavy toll; a short break each month would sustain it.",
  },
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

/** A carer's plan: a break each month, paid as a direct payment to the carer. */
export const carersPlan = {
  outcomes: [
    {
      id: "c1",
      domain: "social-participation-and-relationships",
      inOwnWords: "An evening to myself each month",
      howProgressWillBeSeen: "I have had my evening out most months",
    },
  ],
  lines: [
    {
      id: "b1",
      description: "A sitting service one evening a month",
      category: "respite-and-short-breaks",
      provider: "Northmere Carers Centre",
      unitCostPence: 6_000,
      unitsPerPeriod: 1,
      frequency: "monthly",
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      outcomeIds: ["c1"],
    },
  ],
  contingency: {
    crisisContacts: [{ name: "Carers' line", phone: "0300 000 0001", role: "Carers' centre" }],
    steps: ["Call the carers' centre for an emergency sitter"],
    upliftCapPence: 20_000,
    maxDurationDays: 7,
  },
  riskEnablement: [],
  participants: [
    { role: "carer", name: "Ruth Okafor" },
    { role: "practitioner", name: "Carers' lead" },
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
