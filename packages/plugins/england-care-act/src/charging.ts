import { type FinancialAssessment, MAX_PENCE, pounds, type Reason } from "@openpb/plugin-sdk"
import { minimumIncomeGuarantee } from "./minimumIncomeGuarantee.ts"
import { ratesOn } from "./migRates.ts"
import type { EnglandCareActSettings } from "./settings.ts"

/**
 * Care and Support (Charging and Assessment of Resources) Regulations 2014 (SI 2014/2672):
 * s117 aftercare is free; capital above the upper limit pays the full cost; between the limits
 * capital gives tariff income; the charge never takes income below the minimum income guarantee.
 */
export const contribution = (s: EnglandCareActSettings) => (f: FinancialAssessment) => {
  // Core dates every assessment; undated (a direct call) means the newest figures.
  const rates = ratesOn(s.minimumIncomeGuarantee, f.assessedOn ?? "9999-12-31")
  const year = `(${rates.chargingYear} figures)`
  if (f.receivesSection117Aftercare) {
    return {
      weeklyContributionPence: 0,
      reasons: [
        {
          criterion: "charging/s117-free",
          met: true,
          text: "Section 117 aftercare (Mental Health Act 1983) is free: there is no charge for it.",
        },
      ] as [Reason],
    }
  }
  if (f.capitalPence > s.capitalUpperLimitPence) {
    return {
      weeklyContributionPence: Math.floor(MAX_PENCE / 52),
      reasons: [
        {
          criterion: "charging/capital/upper-limit",
          met: true,
          text: `Capital of ${pounds(f.capitalPence)} is above the upper limit of ${pounds(s.capitalUpperLimitPence)} ${year}: the person pays the full cost of their care.`,
        },
      ] as [Reason],
    }
  }
  const guarantee = minimumIncomeGuarantee(rates, f)
  const mig = guarantee.weeklyPence
  const tariff =
    f.capitalPence > s.capitalLowerLimitPence
      ? Math.ceil((f.capitalPence - s.capitalLowerLimitPence) / s.tariffStepPence) * 100
      : 0
  const available =
    f.weeklyIncomePence +
    tariff -
    mig -
    f.weeklyDisabilityRelatedExpenditurePence -
    f.weeklyHousingCostsPence
  const assessed = Math.max(0, available)
  const weekly = assessed < s.minimumWeeklyChargePence ? 0 : assessed
  const reasons: [Reason, ...Array<Reason>] = [
    guarantee.reason,
    {
      criterion: "charging/capital/tariff-income",
      met: null,
      text: `Capital of ${pounds(f.capitalPence)} gives a tariff income of ${pounds(tariff)} a week (£1 for every ${pounds(s.tariffStepPence)}, or part of it, above ${pounds(s.capitalLowerLimitPence)}).`,
    },
    {
      criterion: "charging/contribution",
      met: null,
      text: `Income ${pounds(f.weeklyIncomePence)} plus tariff ${pounds(tariff)}, less the guarantee ${pounds(mig)}, disability-related costs ${pounds(f.weeklyDisabilityRelatedExpenditurePence)} and housing ${pounds(f.weeklyHousingCostsPence)}, leaves ${pounds(assessed)} a week.`,
    },
  ]
  if (assessed > 0 && weekly === 0)
    reasons.push({
      criterion: "charging/minimum-charge",
      met: null,
      text: `A charge below ${pounds(s.minimumWeeklyChargePence)} a week is not collected, so there is nothing to pay.`,
    })
  return { weeklyContributionPence: weekly, reasons }
}
