import { annualLineCostPence, type PlanLine } from "./SupportPlan.ts"

/** A budget's funding streams for a split: the council's (with the person's part) and the NHS's. */
export const streamsOf = (split: FundingSplit) => {
  const council = split.councilSharePence + split.personContributionPence
  const streams = [
    ...(council > 0 ? [{ stream: "council-social-care" as const, amountPence: council }] : []),
    ...(split.nhsSharePence > 0
      ? [{ stream: "nhs-health" as const, amountPence: split.nhsSharePence }]
      : []),
  ]
  return streams.length > 0 ? streams : [{ stream: "council-social-care" as const, amountPence: 0 }]
}

export interface FundingSplit {
  /** The plan's yearly cost: the budget. */
  readonly costOfMeetingNeedsPence: number
  /** What the person pays, from the chargeable part only. */
  readonly personContributionPence: number
  /** What the council pays: its lines, less the person's contribution. */
  readonly councilSharePence: number
  /** What the NHS pays: its lines, never charged for. */
  readonly nhsSharePence: number
  /** The council-funded lines that may be charged for (not s117 aftercare). */
  readonly chargeablePence: number
}

/**
 * Who pays for an approved plan, a year. The person's assessed contribution is taken only from
 * the chargeable part: council-funded lines that are not section 117 aftercare (NHS care is
 * free at the point of use, and s117 aftercare is free by law: MHA 1983 s117, Care and Support
 * (Charging and Assessment of Resources) Regulations 2014). So the contribution never exceeds
 * the chargeable cost, and the three shares always add up to the budget.
 */
export const fundingSplit = (
  lines: ReadonlyArray<PlanLine>,
  weeklyContributionPence: number,
): FundingSplit => {
  let nhs = 0
  let council = 0
  let chargeable = 0
  for (const line of lines) {
    const cost = annualLineCostPence(line)
    if (line.fundingStream === "nhs-health") nhs += cost
    else {
      council += cost
      if (line.section117Aftercare !== true) chargeable += cost
    }
  }
  const contribution = Math.min(chargeable, Math.max(0, weeklyContributionPence) * 52)
  return {
    costOfMeetingNeedsPence: nhs + council,
    personContributionPence: contribution,
    councilSharePence: council - contribution,
    nhsSharePence: nhs,
    chargeablePence: chargeable,
  }
}
