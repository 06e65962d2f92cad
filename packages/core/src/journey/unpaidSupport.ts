import { Schema } from "effect"
import { CarerId, CarerWillingness } from "../model/Carer.ts"
import { formatPounds, Pence } from "../model/Money.ts"
import { Label } from "../model/Text.ts"
import type { IndicativeBudget } from "../policies/ResourceAllocationPolicy.ts"

/** Support a carer gives unpaid, counted against the indicative amount: who, and its weekly value. */
export const UnpaidSupportRequest = Schema.Struct({
  carerId: CarerId,
  weeklyValuePence: Pence.check(Schema.isGreaterThan(0)),
}).annotate({ identifier: "UnpaidSupportRequest" })
export type UnpaidSupportRequest = typeof UnpaidSupportRequest.Type

/** What the decision keeps: the request and the carer's word it rests on. */
export const UnpaidSupportCounted = Schema.Struct({
  carerId: CarerId,
  carerName: Label,
  weeklyValuePence: Pence,
  willingness: CarerWillingness,
}).annotate({ identifier: "UnpaidSupportCounted" })
export type UnpaidSupportCounted = typeof UnpaidSupportCounted.Type

/**
 * The indicative amount less the unpaid support a carer has said they are willing and able to
 * give, as its own itemised line (never folded into the points, so a "carer-blind" figure stays
 * visible): at most the amount, taken from the council's share first. One rule, used by the
 * decision and by its replay.
 */
export const withUnpaidSupport = (
  estimate: IndicativeBudget,
  unpaid: UnpaidSupportCounted,
): IndicativeBudget => {
  const deduction = Math.min(unpaid.weeklyValuePence * 52, estimate.annualAmountPence)
  let left = deduction
  const fundingStreams = [...estimate.fundingStreams]
    .sort((a, b) =>
      a.stream === "council-social-care" ? -1 : b.stream === "council-social-care" ? 1 : 0,
    )
    .map((s) => {
      const taken = Math.min(left, s.amountPence)
      left -= taken
      return { ...s, amountPence: Pence.make(s.amountPence - taken) }
    })
  const { willingness } = unpaid
  const text = `${formatPounds(deduction)} a year less for the support ${unpaid.carerName} gives unpaid (${willingness.hoursPerWeek} hours a week, valued at ${formatPounds(unpaid.weeklyValuePence)} a week), which they said on ${willingness.confirmedOn} they are willing and able to give. If that changes, tell us: the deduction comes off.`
  return {
    ...estimate,
    annualAmountPence: Pence.make(estimate.annualAmountPence - deduction),
    fundingStreams,
    items: [
      ...estimate.items,
      { label: "unpaid support", points: null, amountPence: -deduction, text },
    ],
    reasons: [...estimate.reasons, { criterion: "ras/unpaid-support", met: null, text }],
  }
}
