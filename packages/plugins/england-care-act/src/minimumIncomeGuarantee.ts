import { type FinancialAssessment, pounds, type Reason } from "@openpb/plugin-sdk"
import { hasReachedPensionCreditAge } from "./pensionAge.ts"
import type { MigRates } from "./migRates.ts"

export interface Guarantee {
  readonly weeklyPence: number
  readonly reason: Reason
}

/**
 * The minimum income guarantee (Charging Regulations 2014 reg 7, amounts from the annual
 * circular): the personal amount for the person's age and household, plus the premiums they
 * qualify for. Below the pension-credit qualifying age the disability and enhanced disability
 * premiums apply (single or couple rate); at any age the carer premium and an amount per
 * dependent child. When premiums are not recorded, the disability premium is applied, since
 * almost everyone with eligible needs receives a benefit that carries it; record `premiums` to
 * say otherwise.
 */
export const minimumIncomeGuarantee = (rates: MigRates, f: FinancialAssessment): Guarantee => {
  const household = f.household ?? "single"
  const couple = household === "couple"
  const premiums = f.premiums ?? {
    disability: true,
    enhancedDisability: false,
    carer: false,
    dependentChildren: 0,
  }
  const toTheDay = f.dateOfBirth !== undefined && f.assessedOn !== undefined
  const pensionAge =
    toTheDay && f.dateOfBirth !== undefined && f.assessedOn !== undefined
      ? hasReachedPensionCreditAge(f.dateOfBirth, f.assessedOn)
      : f.ageYears >= rates.pensionAgeWithoutDateOfBirth
  const parts: Array<readonly [string, number]> = []
  if (pensionAge)
    parts.push(
      couple
        ? ["pension-age amount for each of a couple", rates.pensionAgeCouplePerPersonPence]
        : ["pension-age amount for a single person", rates.pensionAgeSinglePence],
    )
  else if (couple) parts.push(["amount for each of a couple", rates.couplePerPersonPence])
  else if (household === "lone-parent")
    parts.push(["amount for a lone parent", rates.loneParentPence])
  else if (f.ageYears < 25)
    parts.push(["amount for a single person under 25", rates.single18To24Pence])
  else parts.push(["amount for a single person aged 25 or over", rates.single25AndOverPence])
  if (!pensionAge && premiums.disability)
    parts.push(
      couple
        ? ["disability premium (couple rate, each)", rates.disabilityPremiumCouplePerPersonPence]
        : ["disability premium", rates.disabilityPremiumSinglePence],
    )
  if (!pensionAge && premiums.enhancedDisability)
    parts.push(
      couple
        ? [
            "enhanced disability premium (couple rate, each)",
            rates.enhancedDisabilityPremiumCouplePerPersonPence,
          ]
        : ["enhanced disability premium", rates.enhancedDisabilityPremiumSinglePence],
    )
  if (premiums.carer) parts.push(["carer premium", rates.carerPremiumPence])
  if (premiums.dependentChildren > 0)
    parts.push([
      `${premiums.dependentChildren} dependent ${premiums.dependentChildren === 1 ? "child" : "children"}`,
      premiums.dependentChildren * rates.dependentChildPence,
    ])
  const weeklyPence = parts.reduce((sum, [, pence]) => sum + pence, 0)
  const age = !pensionAge
    ? ""
    : toTheDay
      ? " (the person has reached pension-credit qualifying age)"
      : ` (aged ${f.ageYears}: with no dated birth, pension-credit age is taken as ${rates.pensionAgeWithoutDateOfBirth})`
  return {
    weeklyPence,
    reason: {
      criterion: "charging/reg-7/mig",
      met: null,
      text: `Income must not fall below the minimum income guarantee of ${pounds(weeklyPence)} a week (${rates.chargingYear} figures): ${parts.map(([what, pence]) => `${what} ${pounds(pence)}`).join(", ")}${age}.`,
    },
  }
}
