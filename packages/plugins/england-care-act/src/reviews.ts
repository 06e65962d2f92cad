import {
  lastDayWithinMonths,
  lastDayWithinWeeks,
  type Reason,
  type ReviewScheduleInput,
} from "@openpb/plugin-sdk"
import type { EnglandCareActSettings } from "./settings.ts"

const latest = (input: ReviewScheduleInput, clock: string) =>
  input.lastReviewDates
    .filter((d) => d.clock === clock)
    .map((d) => d.date)
    .sort()
    .at(-1)

/**
 * Care Act s27 and statutory guidance ch. 13: a new plan reviewed within 6-8 weeks, then at
 * least every 12 months; Care and Support (Direct Payments) Regulations 2014 reg 7: a direct
 * payment reviewed within its first 6 months, then at intervals of no more than 12 months.
 * The NHS direct-payment clock is not a Care Act clock: the NHS plugin keeps it.
 */
export const nextReviews = (s: EnglandCareActSettings) => (input: ReviewScheduleInput) => {
  const planLast = latest(input, "plan")
  const dues: Array<{
    clock: "plan" | "direct-payment"
    dueDate: string
    reasons: [Reason, ...Array<Reason>]
  }> = [
    {
      clock: "plan",
      dueDate: planLast
        ? lastDayWithinMonths(planLast, s.planReviewMonths)
        : lastDayWithinWeeks(input.planStartDate, s.firstPlanReviewWeeks),
      reasons: [
        planLast
          ? {
              criterion: "care-act/s27/review",
              met: null,
              text: `The plan is reviewed at least every ${s.planReviewMonths} months, and sooner on request or when things change.`,
            }
          : {
              criterion: "care-act/s27/first-review",
              met: null,
              text: `A new plan is first reviewed within ${s.firstPlanReviewWeeks} weeks of starting.`,
            },
      ],
    },
  ]
  if (input.firstDirectPaymentDate !== null) {
    const dpLast = latest(input, "direct-payment")
    dues.push({
      clock: "direct-payment",
      dueDate: dpLast
        ? lastDayWithinMonths(dpLast, s.directPaymentReviewMonths)
        : lastDayWithinMonths(input.firstDirectPaymentDate, s.firstDirectPaymentReviewMonths),
      reasons: [
        {
          criterion: "care-act/dp-regs-2014/reg-7",
          met: null,
          text: `A direct payment is reviewed within its first ${s.firstDirectPaymentReviewMonths} months, then at least every ${s.directPaymentReviewMonths} months.`,
        },
      ],
    })
  }
  return dues
}
