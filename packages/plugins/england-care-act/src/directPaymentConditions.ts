import type { DirectPaymentConditionsInput, Reason } from "@openpb/plugin-sdk"

const instead = ["notional", "third-party"] as const

const justiceNames: Record<string, string> = {
  "drug-rehabilitation-requirement":
    "a drug rehabilitation requirement of a community or suspended sentence order",
  "alcohol-treatment-requirement":
    "an alcohol treatment requirement of a community or suspended sentence order",
  "drug-treatment-and-testing-order": "a drug treatment and testing order",
  "licence-condition-drugs-or-alcohol":
    "licence conditions addressing drug- or alcohol-related behaviour",
  "youth-rehabilitation-drug-or-alcohol-requirement":
    "a youth rehabilitation order with a drug or alcohol requirement",
}

const reason = (criterion: string, met: boolean, text: string): Reason => ({
  criterion: `direct-payments/${criterion}`,
  met,
  text,
})

/**
 * The conditions of direct payments for council money: Care Act 2014 s31 (an adult with capacity)
 * and s32 (an adult who lacks it, through an authorised person), the excluded persons of the Care
 * and Support (Direct Payments) Regulations 2014 (SI 2014/1652) reg 2 and Schedule, and reg 3
 * (no payment to a spouse, partner or close relative living in the same household unless the
 * council considers it necessary).
 */
export const directPaymentConditions = (input: DirectPaymentConditionsInput) => {
  if (input.fundingStream !== "council-social-care") return undefined
  const a = input.arrangements
  if (a === null)
    return {
      met: false,
      alternatives: [...instead],
      reasons: [
        reason(
          "not-recorded",
          false,
          "Nothing is recorded about the person's request for direct payments, their capacity, and who will manage the money (Care Act 2014 ss31-32): record it, or arrange these lines through the council or a third party.",
        ),
      ] as [Reason],
    }
  const reasons: Array<Reason> = []
  const excluded = a.justiceRequirements.map((r) => justiceNames[r] ?? r)
  reasons.push(
    excluded.length > 0
      ? reason(
          "excluded-person",
          false,
          `The person is subject to ${excluded.join(" and ")}, which makes them an excluded person (Direct Payments Regulations 2014, reg 2 and Schedule): direct payments cannot be made, so the same support is arranged by the council or through a third party instead.`,
        )
      : reason(
          "excluded-person",
          true,
          "The person is not an excluded person (Direct Payments Regulations 2014, reg 2 and Schedule).",
        ),
  )
  const assessed = `assessed on ${a.capacity.assessedOn} by ${a.capacity.assessedBy}`
  if (a.capacity.hasCapacity) {
    reasons.push(
      a.requestedBy === "person"
        ? reason(
            "request",
            true,
            `The person, who has capacity (${assessed}), asked for direct payments (Care Act 2014 s31(2)).`,
          )
        : reason(
            "request",
            false,
            `The person has capacity (${assessed}), so direct payments need their own request, not an authorised person's (Care Act 2014 ss31(2), 32(1)).`,
          ),
    )
    reasons.push(
      reason(
        "capable-of-managing",
        a.capableOfManaging,
        a.capableOfManaging
          ? `The ${a.nominatedPerson === null ? "person" : "nominated person"} can manage the payments, with the help available (Care Act 2014 s31(4)).`
          : "The council is not satisfied that the person or a nominee can manage the payments, even with help (Care Act 2014 s31(4)).",
      ),
    )
    if (a.nominatedPerson !== null)
      reasons.push(
        reason(
          "nominated-person",
          a.nominatedPerson.agreesToActAsNominee,
          a.nominatedPerson.agreesToActAsNominee
            ? `${a.nominatedPerson.name} (${a.nominatedPerson.relationship}) agrees to receive the payments as the person's nominee (Care Act 2014 s31(2)).`
            : `${a.nominatedPerson.name} has not agreed to act as nominee, so the payments cannot go to them (Care Act 2014 s31(2)).`,
        ),
      )
  } else {
    const authorised = a.authorisedPerson
    if (authorised === null || a.requestedBy !== "authorised-person")
      reasons.push(
        reason(
          "authorised-person",
          false,
          `The person lacks capacity to request direct payments (${assessed}): they can be made only at the request of an authorised person, and none has asked (Care Act 2014 s32(2)). The support continues through the council or a third party.`,
        ),
      )
    else {
      reasons.push(
        reason(
          "authorised-person",
          true,
          `${authorised.name} (${authorised.relationship}) asked for direct payments as authorised person for someone who lacks capacity (${assessed}) (Care Act 2014 s32(2)).`,
        ),
        reason(
          "best-interests",
          authorised.willActInBestInterests,
          authorised.willActInBestInterests
            ? "The council is satisfied the authorised person will act in the person's best interests (Care Act 2014 s32(4))."
            : "The council is not satisfied the authorised person will act in the person's best interests (Care Act 2014 s32(4)).",
        ),
        reason(
          "capable-of-managing",
          authorised.capableOfManaging,
          authorised.capableOfManaging
            ? "The authorised person can manage the payments, with the help available (Care Act 2014 s32(5))."
            : "The council is not satisfied the authorised person can manage the payments (Care Act 2014 s32(5)).",
        ),
      )
      if (authorised.deputyOrAttorneySupports !== null)
        reasons.push(
          reason(
            "deputy-or-attorney",
            authorised.deputyOrAttorneySupports,
            authorised.deputyOrAttorneySupports
              ? "The person's deputy or attorney supports the request (Care Act 2014 s32(3))."
              : "The person has a deputy or attorney who does not support the request, so direct payments cannot be made (Care Act 2014 s32(3)).",
          ),
        )
    }
  }
  reasons.push(
    reason(
      "appropriate",
      a.appropriateWayToMeetNeeds,
      a.appropriateWayToMeetNeeds
        ? "Direct payments are an appropriate way to meet these needs (Care Act 2014 ss31(5), 32(6))."
        : "The council does not consider direct payments an appropriate way to meet these needs (Care Act 2014 ss31(5), 32(6)).",
    ),
  )
  const lineIds = new Set(input.lines.map((l) => l.id))
  for (const payment of a.householdPayments.filter((p) => lineIds.has(p.lineId)))
    reasons.push(
      payment.necessaryBecause === null
        ? reason(
            "household-relative",
            false,
            `Line ${payment.lineId} pays a ${payment.relationship.replaceAll("-", " ")} living in the same household, which direct payments may do only where the council considers it necessary, and no such decision is recorded (Direct Payments Regulations 2014, reg 3).`,
          )
        : reason(
            "household-relative",
            true,
            `Line ${payment.lineId} pays a ${payment.relationship.replaceAll("-", " ")} living in the same household; the council considers it necessary: ${payment.necessaryBecause} (Direct Payments Regulations 2014, reg 3).`,
          ),
    )
  const met = reasons.every((r) => r.met !== false)
  return {
    met,
    alternatives: met ? [] : [...instead],
    reasons: reasons as [Reason, ...Array<Reason>],
  }
}
