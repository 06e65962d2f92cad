import type { AdultAssessment, CarerAssessment, Reason } from "@openpb/plugin-sdk"
import type { RiskBand, ScotlandSdsSettings } from "./settings.ts"

const order: ReadonlyArray<RiskBand> = ["low", "moderate", "substantial", "critical"]
const atLeast = (band: RiskBand, threshold: RiskBand) =>
  order.indexOf(band) >= order.indexOf(threshold)

const unableCount = (
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<unknown> }>,
) => new Set(outcomes.filter((o) => o.unableSenses.length > 0).map((o) => o.outcome)).size

/**
 * The risk band, as this plugin reads the assessment against the national framework:
 * critical where not being able to do something endangers health or safety and the impact is
 * significant; substantial where two or more areas are affected with a significant impact;
 * moderate where one area is affected or the impact is some; low otherwise.
 */
export const adultBand = (a: AdultAssessment): RiskBand => {
  const unable = unableCount(a.outcomes)
  const danger = a.outcomes.some((o) => o.unableSenses.includes("endangers-health-or-safety"))
  if (danger && a.wellbeingImpact === "significant") return "critical"
  if (unable >= 2 && a.wellbeingImpact === "significant") return "substantial"
  if (unable >= 1 || a.wellbeingImpact !== "none") return "moderate"
  return "low"
}

export const carerBand = (a: CarerAssessment): RiskBand => {
  const unable = unableCount(a.outcomes)
  if (a.healthAtRiskOfDeteriorating && a.wellbeingImpact === "significant") return "critical"
  if (unable >= 2 && a.wellbeingImpact === "significant") return "substantial"
  if (unable >= 1 || a.healthAtRiskOfDeteriorating) return "moderate"
  return "low"
}

/** Adults: the council's threshold on the national eligibility framework's bands. */
export const adultEligibility = (s: ScotlandSdsSettings) => (a: AdultAssessment) => {
  const band = adultBand(a)
  const eligible = a.needsAriseFromImpairmentOrIllness && atLeast(band, s.eligibleFrom)
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "scotland/eligibility/risk-band",
      met: atLeast(band, s.eligibleFrom),
      text: `The risk to independence and wellbeing is ${band} (over ${a.period.from} to ${a.period.to}); this council meets needs from ${s.eligibleFrom}.`,
    },
    {
      criterion: "scotland/eligibility/needs-from-condition",
      met: a.needsAriseFromImpairmentOrIllness,
      text: a.needsAriseFromImpairmentOrIllness
        ? "The needs arise from an illness or impairment, including mental illness."
        : "The needs were not found to arise from an illness or impairment.",
    },
  ]
  return { eligible, reasons }
}

/** Carers (Scotland) Act 2016 s21: the council's local eligibility criteria for carers. */
export const carerEligibility = (s: ScotlandSdsSettings) => (a: CarerAssessment) => {
  const band = carerBand(a)
  const eligible = a.needsAriseFromProvidingNecessaryCare && atLeast(band, s.carerEligibleFrom)
  return {
    eligible,
    reasons: [
      {
        criterion: "scotland/carers-act-2016/s21/band",
        met: atLeast(band, s.carerEligibleFrom),
        text: `The impact of caring is ${band}; this council supports carers from ${s.carerEligibleFrom}.`,
      },
      {
        criterion: "scotland/carers-act-2016/caring-role",
        met: a.needsAriseFromProvidingNecessaryCare,
        text: a.needsAriseFromProvidingNecessaryCare
          ? "The needs arise from the caring role."
          : "The needs were not found to arise from the caring role.",
      },
    ] as [Reason, ...Array<Reason>],
  }
}

/** Personal health budgets are an NHS England scheme: in Scotland NHS care stays outside. */
export const noPersonalHealthBudget = (_a: AdultAssessment) => ({
  rightToHave: false,
  grounds: [],
  reasons: [
    {
      criterion: "scotland/no-phb",
      met: null,
      text: "Personal health budgets are an NHS England scheme; in Scotland health needs are met by NHS Scotland, outside this budget.",
    },
  ] as [Reason],
})
