import { Context, type Effect, Schema } from "effect"
import { CalendarDate } from "../model/Person.ts"
import { Explained } from "./PolicyOutcome.ts"

/** The review clocks: the plan's, a social-care direct payment's, an NHS direct payment's. */
export const ReviewClock = Schema.Literals([
  "plan",
  "direct-payment",
  "nhs-direct-payment",
]).annotate({ identifier: "ReviewClock" })
export type ReviewClock = typeof ReviewClock.Type

export const ReviewScheduleInput = Schema.Struct({
  planStartDate: CalendarDate,
  firstDirectPaymentDate: Schema.NullOr(CalendarDate),
  firstNhsDirectPaymentDate: Schema.NullOr(CalendarDate),
  /** The date of the latest completed review on each clock, if any. */
  lastReviewDates: Schema.Array(Schema.Struct({ clock: ReviewClock, date: CalendarDate })),
})
export type ReviewScheduleInput = typeof ReviewScheduleInput.Type

export const ReviewDue = Schema.Struct({
  clock: ReviewClock,
  dueDate: CalendarDate,
  ...Explained,
})
export type ReviewDue = typeof ReviewDue.Type

/** When the next reviews are due, one per running clock (dates in Europe/London). */
export class ReviewSchedulePolicy extends Context.Service<
  ReviewSchedulePolicy,
  { nextReviews(input: ReviewScheduleInput): Effect.Effect<ReadonlyArray<ReviewDue>> }
>()("@openpb/core/ReviewSchedulePolicy") {}
