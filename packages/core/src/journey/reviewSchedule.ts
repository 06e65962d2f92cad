import { Effect } from "effect"
import { newUuidV7 } from "../model/Ids.ts"
import type { ReviewDue, ReviewSchedulePolicy } from "../policies/ReviewSchedulePolicy.ts"
import type { Review } from "./Journey.ts"
import type { PlanLine } from "./SupportPlan.ts"

/** A review not yet held: scheduled on a clock, or triggered (then begun at once, on no clock). */
const newReview = (
  id: string,
  fields: Pick<Review, "clock" | "trigger" | "dueDate" | "status">,
): Review => ({
  id,
  ...fields,
  completedOn: null,
  progress: [],
  wellbeing: null,
  views: null,
  outcome: null,
  decisionId: null,
})

/** Turns the review policy's due dates into scheduled reviews. */
export const scheduledReviews = (dues: ReadonlyArray<ReviewDue>) =>
  Effect.forEach(dues, (due) =>
    Effect.map(newUuidV7, (id) =>
      newReview(id, {
        clock: due.clock,
        trigger: "scheduled",
        dueDate: due.dueDate,
        status: "due",
      }),
    ),
  )

/** A review triggered today (a crisis, a request, a change in capacity), in progress at once. */
export const triggeredReview = (trigger: Review["trigger"], today: string) =>
  Effect.map(newUuidV7, (id) =>
    newReview(id, { clock: null, trigger, dueDate: today, status: "in-progress" }),
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
