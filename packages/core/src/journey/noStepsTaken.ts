/**
 * A journey's steps before any is taken: what every new journey starts with, whether referred
 * or brought in from another system, so the two cannot drift apart.
 */
export const noStepsTaken = {
  declineReason: null,
  assessment: null,
  financial: null,
  eligibilityDecisionId: null,
  budgetId: null,
  indicativeDecisionId: null,
  plans: [],
  submission: null,
  approved: null,
  contingency: null,
  suspension: null,
  reviews: [],
  ending: null,
} as const
