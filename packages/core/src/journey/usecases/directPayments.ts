import { Effect, Schema } from "effect"
import { journeyAsSeen } from "../../access/finances.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput } from "../../model/Input.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { DirectPaymentArrangements } from "../DirectPaymentArrangements.ts"
import { capacityLost } from "../directPayments.ts"
import { JourneyId } from "../Journey.ts"
import { triggeredReview } from "../reviewSchedule.ts"
import { checkIn, loadJourney, saveJourney } from "../steps.ts"

export const RecordDirectPaymentArrangementsInput = Schema.Struct({
  journeyId: JourneyId,
  arrangements: DirectPaymentArrangements,
})
export type RecordDirectPaymentArrangementsInput =
  typeof RecordDirectPaymentArrangementsInput.Encoded

/**
 * Records (or replaces) what direct payments rest on: the request, the person's capacity, a
 * nominee or authorised person, exclusions, household payments, NHS safeguards. The plan's
 * direct-payment lines are judged against it at submission and at approval. A recorded loss of
 * capacity while the budget is active opens a review at once, so the way the money is held can
 * be changed safely.
 */
export const recordDirectPaymentArrangements = Effect.fn("recordDirectPaymentArrangements")(
  function* (raw: unknown) {
    const input = yield* decodeInput(RecordDirectPaymentArrangementsInput)(raw)
    const uow = yield* UnitOfWork
    const today = yield* todayInLondon
    return yield* uow
      .transaction(
        Effect.gen(function* () {
          const journey = yield* loadJourney(input.journeyId, "journey.plan")
          yield* checkIn(
            journey,
            [
              "eligibility-decided",
              "indicative-budget",
              "planning",
              "awaiting-approval",
              "active",
              "under-review",
            ],
            "recordDirectPaymentArrangements",
          )
          const paysDirectly = (journey.currentPlan?.content.lines ?? []).some(
            (l) => l.deliveryMechanism === "direct-payment",
          )
          const lost = capacityLost(journey.directPaymentArrangements, input.arrangements)
          const recorded = yield* saveJourney(
            journey,
            { directPaymentArrangements: input.arrangements },
            {
              type: "DirectPaymentArrangementsRecorded",
              payload: { capacityLost: lost, assessedOn: input.arrangements.capacity.assessedOn },
            },
          )
          if (!(lost && paysDirectly && recorded.stage === "active")) return recorded
          const review = yield* triggeredReview("capacity-change", today)
          return yield* saveJourney(
            recorded,
            { stage: "under-review", reviews: [...recorded.reviews, review] },
            { type: "ReviewStarted", payload: { trigger: "capacity-change" } },
          )
        }),
      )
      .pipe(Effect.flatMap(journeyAsSeen))
  },
)
