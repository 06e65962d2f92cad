import { Schema } from "effect"
import { DecisionId, DecisionKind } from "../decisions/Decision.ts"
import { CalendarDate, formatLongDate } from "../model/CalendarDay.ts"
import { JourneyId } from "./Journey.ts"
import { JourneyStage } from "./JourneyStage.ts"

/**
 * A journey as the person reads it: where they are, what happens next, when the next review is,
 * and which decisions they can still challenge, by when. The details are one call away
 * (`journey.get`, the budget's statement, each decision's letter).
 */
export const JourneyInPlainWords = Schema.Struct({
  journeyId: JourneyId,
  stage: JourneyStage,
  whereYouAre: Schema.String,
  whatHappensNext: Schema.String,
  nextReviewDue: Schema.NullOr(CalendarDate),
  decisionsYouCanChallenge: Schema.Array(
    Schema.Struct({
      decisionId: DecisionId,
      kind: DecisionKind,
      about: Schema.String,
      until: CalendarDate,
    }).annotate({ identifier: "ChallengeableDecision" }),
  ),
}).annotate({ identifier: "JourneyInPlainWords" })
export type JourneyInPlainWords = typeof JourneyInPlainWords.Type

/** Where a journey is, in a sentence the person reads. */
export const whereYouAre: Record<JourneyStage, string> = {
  considering: "You are thinking about a personal budget with us. Nothing has been decided yet.",
  assessing: "We are assessing your needs with you.",
  "eligibility-decided": "Your needs are eligible: we will meet them with you.",
  "not-eligible": "We decided your needs are not eligible for a personal budget.",
  "indicative-budget": "You have an indicative budget to start planning with.",
  planning: "You are writing your support plan, with help if you want it.",
  "awaiting-approval": "Your support plan is waiting for approval.",
  active: "Your personal budget is running.",
  suspended: "Your personal budget is paused. Your plan and budget are kept.",
  "under-review": "Your support is being reviewed with you.",
  ended: "Your personal budget has ended.",
  declined: "You decided not to go ahead with a personal budget.",
}

/** What happens next from each stage, with the next review's day where one is due. */
export const whatHappensNext = (stage: JourneyStage, nextReviewDue: string | null): string => {
  const review =
    nextReviewDue === null
      ? "We will agree a review date with you."
      : `Your next review is due by ${formatLongDate(nextReviewDue)}.`
  switch (stage) {
    case "considering":
      return "When you are ready, we will start an assessment of your needs with you."
    case "assessing":
      return "Once the assessment is recorded, we decide whether your needs are eligible, and tell you why."
    case "eligibility-decided":
      return "Next we set an indicative budget for you to plan with."
    case "not-eligible":
      return "You can challenge that decision. We have given you information and advice about other help."
    case "indicative-budget":
      return "Next you write your support plan: what you want to achieve and how."
    case "planning":
      return "When your plan is ready, it is sent for approval."
    case "awaiting-approval":
      return "An approver will decide and tell you why. Then your budget starts."
    case "active":
      return review
    case "suspended":
      return "When you are ready, it starts again with no new assessment."
    case "under-review":
      return "The review decides whether anything changes, and you will be told why."
    case "ended":
    case "declined":
      return "You can ask for a personal budget again at any time."
  }
}
