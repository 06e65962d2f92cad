import { Effect, Layer } from "effect"
import type { Reason } from "../../decisions/Decision.ts"
import type { AdultAssessment, CarerAssessment, Detention } from "../../journey/Assessment.ts"
import { EligibilityPolicy, HealthEligibilityPolicy } from "../EligibilityPolicy.ts"
import { referencePolicy } from "./ref.ts"

const senseText: Record<string, string> = {
  "without-assistance": "without help (including prompting)",
  "significant-pain-distress-or-anxiety": "without significant pain, distress or anxiety",
  "endangers-health-or-safety": "without endangering their or others' health or safety",
  "takes-significantly-longer": "in a reasonable time",
}

const outcomeReasons = (
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<string> }>,
  regulation: string,
): Array<Reason> =>
  outcomes.map((finding) => ({
    criterion: `${regulation}/${finding.outcome}`,
    met: finding.unableSenses.length > 0,
    text:
      finding.unableSenses.length > 0
        ? `Unable to achieve "${finding.outcome}": cannot do it ${finding.unableSenses.map((s) => senseText[s] ?? s).join(", or ")}.`
        : `Able to achieve "${finding.outcome}" over the assessment period.`,
  }))

/** Adults: Care and Support (Eligibility Criteria) Regulations 2015, reg 2 (the three conditions). */
export const adultEligibility = (assessment: AdultAssessment) => {
  const unable = assessment.outcomes.filter((o) => o.unableSenses.length > 0).length
  const conditions: [Reason, Reason, Reason] = [
    {
      criterion: "care-act/eligibility/reg-2/1/a",
      met: assessment.needsArisefromImpairmentOrIllness,
      text: assessment.needsArisefromImpairmentOrIllness
        ? `The needs arise from a physical or mental impairment or illness (${assessment.impairmentOrIllness}).`
        : "The needs were not found to arise from a physical or mental impairment or illness.",
    },
    {
      criterion: "care-act/eligibility/reg-2/1/b",
      met: unable >= 2,
      text: `Unable to achieve ${unable} of the specified outcomes over ${assessment.period.from} to ${assessment.period.to}; the rule needs two or more.`,
    },
    {
      criterion: "care-act/eligibility/reg-2/1/c",
      met: assessment.wellbeingImpact === "significant",
      text:
        assessment.wellbeingImpact === "significant"
          ? "As a result there is, or is likely to be, a significant impact on wellbeing."
          : "The impact on wellbeing was not found to be significant.",
    },
  ]
  return {
    eligible: conditions.every((c) => c.met === true),
    reasons: [
      ...conditions,
      ...outcomeReasons(assessment.outcomes, "care-act/eligibility/reg-2/2"),
    ] as [Reason, ...Array<Reason>],
    policy: referencePolicy,
  }
}

/** Carers: reg 3 (any one outcome, or health at risk, is enough). */
export const carerEligibility = (assessment: CarerAssessment) => {
  const unable = assessment.outcomes.filter((o) => o.unableSenses.length > 0).length
  const conditions: [Reason, Reason, Reason] = [
    {
      criterion: "care-act/eligibility/reg-3/1/a",
      met: assessment.needsArisefromProvidingNecessaryCare,
      text: assessment.needsArisefromProvidingNecessaryCare
        ? "The carer's needs arise from providing necessary care."
        : "The carer's needs were not found to arise from providing necessary care.",
    },
    {
      criterion: "care-act/eligibility/reg-3/1/b",
      met: assessment.healthAtRiskOfDeteriorating || unable >= 1,
      text: `Health at risk of deteriorating: ${assessment.healthAtRiskOfDeteriorating ? "yes" : "no"}; unable to achieve ${unable} of the carer outcomes (one is enough).`,
    },
    {
      criterion: "care-act/eligibility/reg-3/1/c",
      met: assessment.wellbeingImpact === "significant",
      text:
        assessment.wellbeingImpact === "significant"
          ? "There is, or is likely to be, a significant impact on the carer's wellbeing."
          : "The impact on the carer's wellbeing was not found to be significant.",
    },
  ]
  return {
    eligible: conditions.every((c) => c.met === true),
    reasons: [
      ...conditions,
      ...outcomeReasons(assessment.outcomes, "care-act/eligibility/reg-3/2"),
    ] as [Reason, ...Array<Reason>],
    policy: referencePolicy,
  }
}

/** Detentions that give rise to s117 aftercare (Mental Health Act 1983); s2 does not. */
const section117: ReadonlyArray<Detention> = [
  "section-3",
  "section-37",
  "section-45a",
  "section-47",
  "section-48",
]

/** The right to have a personal health budget (s117 aftercare, continuing healthcare and others). */
export const healthEligibility = (assessment: AdultAssessment) => {
  const s117 = assessment.detentions.filter((d) => section117.includes(d))
  const grounds = [
    ...new Set([
      ...(s117.length > 0 ? (["section-117-aftercare"] as const) : []),
      ...assessment.healthGrounds,
    ]),
  ]
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "nhs/phb/right-to-have/s117",
      met: s117.length > 0,
      text:
        s117.length > 0
          ? `Eligible for section 117 aftercare after detention under ${s117.join(", ")}: a right to have a personal health budget.`
          : assessment.detentions.includes("section-2")
            ? "A detention under section 2 does not give rise to section 117 aftercare."
            : "No detention giving rise to section 117 aftercare is recorded.",
    },
    ...assessment.healthGrounds.map((ground) => ({
      criterion: `nhs/phb/right-to-have/${ground}`,
      met: true,
      text: `Recorded ground for a personal health budget: ${ground}.`,
    })),
  ]
  return { rightToHave: grounds.length > 0, grounds, reasons, policy: referencePolicy }
}

export const ReferenceEligibility = Layer.mergeAll(
  Layer.succeed(EligibilityPolicy, {
    adult: (a) => Effect.succeed(adultEligibility(a)),
    carer: (a) => Effect.succeed(carerEligibility(a)),
  }),
  Layer.succeed(HealthEligibilityPolicy, { assess: (a) => Effect.succeed(healthEligibility(a)) }),
)
