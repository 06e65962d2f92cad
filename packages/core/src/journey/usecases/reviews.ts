import { Effect, Schema } from "effect"
import { journeyAsSeen } from "../../access/finances.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import { Label, MAX_PROSE_LENGTH, Prose } from "../../model/Text.ts"
import { JourneyRepository } from "../../ports/JourneyRepository.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { authorize } from "../../access/authorize.ts"
import { MeasureAnswers } from "../../policies/OutcomeMeasurePolicy.ts"
import { ReviewSchedulePolicy } from "../../policies/ReviewSchedulePolicy.ts"
import { Views } from "../Assessment.ts"
import { MissingStep } from "../JourneyErrors.ts"
import {
  EndReason,
  JourneyId,
  OutcomeProgress,
  type Review,
  ReviewOutcome,
  ReviewTrigger,
  WellbeingScore,
} from "../Journey.ts"
import { scoreReviewMeasures } from "../outcomeMeasures.ts"
import { reviewsAfter, triggeredReview } from "../reviewSchedule.ts"
import { byPerson, checkIn, checkMove, loadJourney, recordDecision, saveJourney } from "../steps.ts"
import { closeJourney } from "./activeBudget.ts"

export const StartReviewInput = Schema.Struct({
  journeyId: JourneyId,
  trigger: ReviewTrigger,
  /** The scheduled review being held; absent for a triggered one. */
  reviewId: Schema.optionalKey(Label),
})
export type StartReviewInput = typeof StartReviewInput.Encoded

/** Opens a review: a scheduled one that is due, or one triggered by a crisis or a request. */
export const startReview = Effect.fn("startReview")(function* (raw: unknown) {
  const input = yield* decodeInput(StartReviewInput)(raw)
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  const action = input.trigger === "person-request" ? "journey.request-review" : "journey.review"
  return yield* uow
    .transaction(
      Effect.gen(function* () {
        const journey = yield* loadJourney(input.journeyId, action)
        yield* checkMove(journey, "under-review", "startReview")
        let reviews: ReadonlyArray<Review>
        if (input.reviewId !== undefined) {
          if (!journey.reviews.some((r) => r.id === input.reviewId && r.status === "due")) {
            return yield* invalidAt(["reviewId"], "no scheduled review with this id is due")
          }
          reviews = journey.reviews.map((r) =>
            r.id === input.reviewId ? { ...r, status: "in-progress" as const } : r,
          )
        } else {
          reviews = [...journey.reviews, yield* triggeredReview(input.trigger, today)]
        }
        return yield* saveJourney(
          journey,
          { stage: "under-review", reviews },
          { type: "ReviewStarted", payload: { trigger: input.trigger } },
        )
      }),
    )
    .pipe(Effect.flatMap(journeyAsSeen))
})

export const CompleteReviewInput = Schema.Struct({
  journeyId: JourneyId,
  progress: Schema.Array(OutcomeProgress),
  wellbeing: Schema.optionalKey(WellbeingScore),
  /** Measures completed at the review (DIALOG, a council's own); goal attainment comes from `progress`. */
  measures: Schema.optionalKey(Schema.Array(MeasureAnswers)),
  views: Views,
  outcome: ReviewOutcome,
  /** Plain-words reasons for the outcome; an ending keeps them as its note, so together one note. */
  reasons: Schema.NonEmptyArray(Prose).check(
    Schema.makeFilter((reasons: ReadonlyArray<string>) =>
      reasons.join(" ").length > MAX_PROSE_LENGTH
        ? `together must be at most ${MAX_PROSE_LENGTH} characters`
        : undefined,
    ),
  ),
  endReason: Schema.optionalKey(EndReason),
})
export type CompleteReviewInput = typeof CompleteReviewInput.Encoded

const nextStage: Record<ReviewOutcome, "active" | "planning" | "assessing" | "ended"> = {
  continue: "active",
  reassess: "assessing",
  "change-amount": "planning",
  "change-mechanism": "planning",
  "revise-plan": "planning",
  end: "ended",
}

/** Records progress per outcome, views and the review decision; schedules the next reviews. */
export const completeReview = Effect.fn("completeReview")(function* (raw: unknown) {
  const input = yield* decodeInput(CompleteReviewInput)(raw)
  const reviewPolicy = yield* ReviewSchedulePolicy
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.review")
      yield* checkIn(journey, ["under-review"], "completeReview")
      const open = journey.reviews.find((r) => r.status === "in-progress")
      if (open === undefined)
        return yield* new MissingStep({ journeyId: journey.id, missing: "a review in progress" })
      const outcomeIds = new Set(journey.currentPlan?.content.outcomes.map((o) => o.id) ?? [])
      const unknown = input.progress.findIndex((p) => !outcomeIds.has(p.outcomeId))
      if (unknown >= 0)
        return yield* invalidAt(
          ["progress", unknown, "outcomeId"],
          "not an outcome of the current plan",
        )
      if (input.outcome === "end" && input.endReason === undefined) {
        return yield* invalidAt(["endReason"], "an ending needs its reason")
      }
      const to = nextStage[input.outcome]
      yield* checkMove(journey, to, "completeReview")
      const measures = yield* scoreReviewMeasures(
        input.measures ?? [],
        input.progress,
        journey.currentPlan?.content.outcomes ?? [],
      )
      const [first, ...rest] = input.reasons
      const decision = yield* recordDecision({
        journey,
        kind: "review-outcome",
        outcome: input.outcome,
        reasons: [
          { criterion: "review/outcome", met: null, text: first },
          ...rest.map((text) => ({ criterion: "review/outcome", met: null, text })),
          ...input.progress.map((p) => ({
            criterion: `review/progress/${p.outcomeId}`,
            met: p.attainment >= 0,
            text: `Outcome ${p.outcomeId}: goal attainment ${p.attainment > 0 ? "+" : ""}${p.attainment}. ${p.note}`.trim(),
          })),
          ...measures.flatMap((m) => m.reasons),
        ],
        policy: byPerson("practitioner"),
        inputs: {
          reviewId: open.id,
          progress: input.progress,
          wellbeing: input.wellbeing ?? null,
          measures: input.measures ?? [],
          views: input.views,
        },
      })
      const completed: Review = {
        ...open,
        status: "completed",
        completedOn: today,
        progress: input.progress,
        wellbeing: input.wellbeing ?? null,
        measures,
        views: input.views,
        outcome: input.outcome,
        decisionId: decision.id,
      }
      const reviews = journey.reviews.map((r) => (r.id === open.id ? completed : r))
      const reviewed = yield* saveJourney(
        journey,
        { reviews },
        { type: "ReviewCompleted", payload: { decisionId: decision.id, outcome: input.outcome } },
      )
      if (to === "ended")
        return yield* closeJourney(reviewed, input.endReason!, input.reasons.join(" "))
      // The budget stays active while a plan is revised, so its clocks keep running.
      const next = yield* reviewsAfter(
        reviewed.reviews,
        reviewed.currentPlan?.content.lines ?? [],
        reviewPolicy,
        today,
      )
      return yield* saveJourney(
        reviewed,
        { stage: to, reviews: next },
        { type: "ReviewOutcomeApplied", payload: { stage: to } },
      )
    }),
  )
})
