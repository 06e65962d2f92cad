import { Effect } from "effect"
import { newUuidV7 } from "../model/Ids.ts"
import type { ReviewDue, ReviewSchedulePolicy } from "../policies/ReviewSchedulePolicy.ts"
import type { Review } from "./Journey.ts"
import type { PlanLine } from "./SupportPlan.ts"

/** Turns the review policy's due dates into scheduled reviews. */
export const scheduledReviews = (dues: ReadonlyArray<ReviewDue>) =>
  Effect.forEach(dues, (due) =>
    Effect.map(
      newUuidV7,
      (id): Review => ({
        id,
        clock: due.clock,
        trigger: "scheduled",
        dueDate: due.dueDate,
        status: "due",
        completedOn: null,
        progress: [],
        wellbeing: null,
        views: null,
        outcome: null,
        decisionId: null,
      }),
    ),
  )

/**
 * A journey's reviews once the plan starts or a review is completed. Each clock keeps its own
 * time: a clock with a review still due keeps it (a triggered review, a plan revision or a
 * review on another clock never moves it); every other clock the plan needs gets its next due
 * date from the policy, counted from that clock's own last completed review, or from `today`
 * for a clock that has never run (a new plan, a first direct payment).
 */
export const reviewsAfter = (
  reviews: ReadonlyArray<Review>,
  lines: ReadonlyArray<PlanLine>,
  policy: ReviewSchedulePolicy["Service"],
  today: string,
) =>
  Effect.gen(function* () {
    const completed = reviews.filter((r) => r.status === "completed")
    const stillDue = reviews.filter((r) => r.status === "due" && r.clock !== null)
    const lastReviewDates = completed.flatMap((r) =>
      r.clock !== null && r.completedOn !== null ? [{ clock: r.clock, date: r.completedOn }] : [],
    )
    const paidDirectly = (stream: PlanLine["fundingStream"]) =>
      lines.some((l) => l.deliveryMechanism === "direct-payment" && l.fundingStream === stream)
    const dues = yield* policy.nextReviews({
      planStartDate: today,
      firstDirectPaymentDate: paidDirectly("council-social-care") ? today : null,
      firstNhsDirectPaymentDate: paidDirectly("nhs-health") ? today : null,
      lastReviewDates,
    })
    const ticking = new Set(stillDue.map((r) => r.clock))
    const next = dues.filter((due) => !ticking.has(due.clock))
    return [...completed, ...stillDue, ...(yield* scheduledReviews(next))]
  })
