import { fluctuationReason } from "./assessmentPeriod.ts"
import type { AdultAssessment, CarerAssessment, Reason, UnableSense } from "@openpb/plugin-sdk"

/** The four senses of "unable to achieve", reg 2(3)(a)-(d), in words a person reads. */
const senseText: Record<UnableSense, string> = {
  "without-assistance": "without help (including prompting)",
  "significant-pain-distress-or-anxiety": "without significant pain, distress or anxiety",
  "endangers-health-or-safety": "without endangering their or others' health or safety",
  "takes-significantly-longer": "in a reasonable time",
}

const outcomeReasons = (
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<UnableSense> }>,
  regulation: string,
): Array<Reason> =>
  outcomes.map((finding) => ({
    criterion: `${regulation}/${finding.outcome}`,
    met: finding.unableSenses.length > 0,
    text:
      finding.unableSenses.length > 0
        ? `Unable to achieve "${finding.outcome}": cannot do it ${[...new Set(finding.unableSenses)].map((s) => senseText[s]).join(", or ")}.`
        : `Able to achieve "${finding.outcome}" over the assessment period.`,
  }))

/** Outcomes count once each, however often they were recorded. */
const unableOutcomes = (
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<unknown> }>,
) => new Set(outcomes.filter((o) => o.unableSenses.length > 0).map((o) => o.outcome)).size

/**
 * Adults: Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), reg 2(1):
 * all three conditions, with the outcomes of reg 2(2) judged over the assessment period (reg 2(4)).
 */
export const adultEligibility = (assessment: AdultAssessment) => {
  const unable = unableOutcomes(assessment.outcomes)
  const conditions: [Reason, Reason, Reason] = [
    {
      criterion: "care-act/eligibility/reg-2/1/a",
      met: assessment.needsAriseFromImpairmentOrIllness,
      text: assessment.needsAriseFromImpairmentOrIllness
        ? "The needs arise from a physical or mental impairment or illness."
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
  const episodes = fluctuationReason(assessment)
  return {
    eligible: conditions.every((c) => c.met === true),
    reasons: [
      ...conditions,
      ...(episodes === undefined ? [] : [episodes]),
      ...outcomeReasons(assessment.outcomes, "care-act/eligibility/reg-2/2"),
    ] as [Reason, ...Array<Reason>],
  }
}

/** Carers: reg 3(1): necessary care, then health at risk or any one outcome, then wellbeing. */
export const carerEligibility = (assessment: CarerAssessment) => {
  const unable = unableOutcomes(assessment.outcomes)
  const conditions: [Reason, Reason, Reason] = [
    {
      criterion: "care-act/eligibility/reg-3/1/a",
      met: assessment.needsAriseFromProvidingNecessaryCare,
      text: assessment.needsAriseFromProvidingNecessaryCare
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
  }
}
