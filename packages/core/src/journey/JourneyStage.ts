import { Schema } from "effect"

export const JourneyStage = Schema.Literals([
  "considering",
  "assessing",
  "eligibility-decided",
  "not-eligible",
  "indicative-budget",
  "planning",
  "awaiting-approval",
  "active",
  "suspended",
  "under-review",
  "ended",
  "declined",
]).annotate({ identifier: "JourneyStage" })
export type JourneyStage = typeof JourneyStage.Type

/**
 * Where each stage may go next. Declined, not-eligible and ended are recorded ends; a person
 * can be referred again (a new journey). Not-eligible reopens only when a challenge overturns it.
 * A person may say no at any stage before the budget is active (after, the budget is ended).
 */
export const transitions: Readonly<Record<JourneyStage, ReadonlyArray<JourneyStage>>> = {
  considering: ["assessing", "declined"],
  assessing: ["eligibility-decided", "not-eligible", "declined"],
  "eligibility-decided": ["indicative-budget", "declined"],
  "not-eligible": ["eligibility-decided"],
  "indicative-budget": ["planning", "declined"],
  planning: ["awaiting-approval", "declined"],
  "awaiting-approval": ["active", "planning", "declined"],
  active: ["suspended", "under-review", "ended"],
  // A pause for a hospital stay returns to the step it interrupted (a review, a revision).
  suspended: [
    "active",
    "under-review",
    "assessing",
    "eligibility-decided",
    "indicative-budget",
    "planning",
    "ended",
  ],
  // A reassessment goes back to assessing; the budget keeps running meanwhile.
  "under-review": ["active", "planning", "assessing", "suspended", "ended"],
  ended: [],
  declined: [],
}

export const canMove = (from: JourneyStage, to: JourneyStage): boolean =>
  transitions[from].includes(to)

/** Stages after which the journey is over and the person may be referred again. */
export const isClosed = (stage: JourneyStage): boolean =>
  stage === "ended" || stage === "declined" || stage === "not-eligible"
