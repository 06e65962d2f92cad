import { Schema } from "effect"

/**
 * What a person lets someone in their circle do. Each is given and withdrawn on its own, so a
 * person can let a carer see their plan without letting them spend, or see their income.
 */
export const ConsentScope = Schema.Literals([
  "view-plan",
  "view-money",
  "view-finances",
  "record-spending",
  "speak-for-me",
]).annotate({ identifier: "ConsentScope" })
export type ConsentScope = typeof ConsentScope.Type

/** The words a person reads when choosing, and that a refusal quotes. */
export const consentScopeMeaning: Record<ConsentScope, string> = {
  "view-plan": "see my record: my journey, assessments, decisions, plan and reviews",
  "view-money": "see my budget, its statement and what has been spent",
  "view-finances": "see my income, capital and financial assessment",
  "record-spending": "record spending from my direct payment",
  "speak-for-me":
    "act for me: refer me, draft my plan, ask for a review, challenge a decision, or say no",
}
