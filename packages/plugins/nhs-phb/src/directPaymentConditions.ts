import type { DirectPaymentConditionsInput, Reason } from "@openpb/plugin-sdk"

const reason = (criterion: string, met: boolean, text: string): Reason => ({
  criterion: `nhs-direct-payments/${criterion}`,
  met,
  text,
})

/**
 * The conditions of an NHS direct payment (National Health Service (Direct Payments) Regulations
 * 2013, SI 2013/1617): not to an excluded person (the Schedule's drug and alcohol orders); for a
 * patient who lacks capacity, only through a representative acting in their best interests; a care
 * plan with a named care co-ordinator, an assessment of significant risks and a risk-management
 * procedure agreed in the plan (reg 8); a household member paid only where the body is satisfied
 * it is necessary (as amended by SI 2013/2354).
 */
export const nhsDirectPaymentConditions = (input: DirectPaymentConditionsInput) => {
  if (input.fundingStream !== "nhs-health") return undefined
  const a = input.arrangements
  if (a === null)
    return {
      met: false,
      alternatives: ["notional" as const, "third-party" as const],
      reasons: [
        reason(
          "not-recorded",
          false,
          "Nothing is recorded about the patient's request, capacity, care co-ordinator and risk assessment (NHS (Direct Payments) Regulations 2013): record them, or hold these lines as a notional or third-party budget.",
        ),
      ] as [Reason],
    }
  const reasons: Array<Reason> = [
    a.justiceRequirements.length > 0
      ? reason(
          "excluded-person",
          false,
          "The patient is subject to a drug or alcohol order or licence condition listed in the Schedule to the NHS (Direct Payments) Regulations 2013, so an NHS direct payment cannot be made; the budget is held notionally or by a third party instead.",
        )
      : reason(
          "excluded-person",
          true,
          "The patient is not an excluded person (NHS (Direct Payments) Regulations 2013, Schedule).",
        ),
  ]
  if (a.capacity.hasCapacity)
    reasons.push(
      reason(
        "consent",
        a.requestedBy === "person" && a.capableOfManaging,
        a.requestedBy === "person" && a.capableOfManaging
          ? `The patient has capacity (assessed on ${a.capacity.assessedOn} by ${a.capacity.assessedBy}), consents and can manage the payments, with a nominee where named.`
          : "A patient with capacity must ask for the payments and be able to manage them, or have a willing nominee.",
      ),
    )
  else {
    const representative = a.authorisedPerson
    const fit =
      representative !== null &&
      a.requestedBy === "authorised-person" &&
      representative.willActInBestInterests &&
      representative.capableOfManaging
    reasons.push(
      reason(
        "representative",
        fit,
        fit
          ? `${representative.name} receives the payments as representative of a patient who lacks capacity, in their best interests.`
          : `The patient lacks capacity (assessed on ${a.capacity.assessedOn}): an NHS direct payment needs a representative who will act in their best interests and can manage it.`,
      ),
    )
  }
  const nhs = a.nhs
  reasons.push(
    reason(
      "care-coordinator",
      nhs?.careCoordinator != null,
      nhs?.careCoordinator != null
        ? `${nhs.careCoordinator} is the named care co-ordinator (NHS (Direct Payments) Regulations 2013, reg 8).`
        : "An NHS direct payment needs a named care co-ordinator in the care plan (NHS (Direct Payments) Regulations 2013, reg 8).",
    ),
    reason(
      "risk-assessment",
      nhs?.riskAssessedOn != null && nhs.riskManagementAgreedInPlan,
      nhs?.riskAssessedOn != null && nhs.riskManagementAgreedInPlan
        ? `Significant risks were assessed on ${nhs.riskAssessedOn} and a risk-management procedure is agreed in the plan (reg 8).`
        : "Before paying, the significant risks must be assessed and a risk-management procedure agreed and written into the care plan (NHS (Direct Payments) Regulations 2013, reg 8).",
    ),
  )
  const lineIds = new Set(input.lines.map((l) => l.id))
  for (const payment of a.householdPayments.filter((p) => lineIds.has(p.lineId)))
    reasons.push(
      reason(
        "household-member",
        payment.necessaryBecause !== null,
        payment.necessaryBecause !== null
          ? `Line ${payment.lineId} pays a household member; the health body is satisfied it is necessary: ${payment.necessaryBecause}.`
          : `Line ${payment.lineId} pays a household member, which an NHS direct payment may do only where the health body is satisfied it is necessary, and no such decision is recorded.`,
      ),
    )
  const met = reasons.every((r) => r.met !== false)
  return {
    met,
    alternatives: met ? [] : ["notional" as const, "third-party" as const],
    reasons: reasons as [Reason, ...Array<Reason>],
  }
}
