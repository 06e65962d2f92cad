import type { Action } from "./AccessTable.ts"

/**
 * The access-table rules a use case is held to, and whose record each rule is checked
 * against. `person`: the person the input names or leads to (a journey's, budget's,
 * decision's or carer's person), so a relation (self, consented carer, caseload, assigned
 * adviser, contracted provider) can grant it; `council`: the council as a whole, so only a
 * council-wide grant does; `each`: every record a list shows, each as its person's record, so
 * any grant lets the actor list and the list holds only what its relations reach.
 */
export interface UseCaseEntry {
  readonly kind: "read" | "write"
  /** More than one when the input decides which rule applies (a review the person asks for). */
  readonly rules: readonly [UseCaseRule, ...ReadonlyArray<UseCaseRule>]
}

export interface UseCaseRule {
  readonly action: Action
  readonly subject: "person" | "council" | "each"
  /** When the rule applies, if the use case has more than one. */
  readonly when?: string
}

/** A query held to one rule. */
export const readRule = (action: Action, subject: UseCaseRule["subject"]): UseCaseEntry => ({
  kind: "read",
  rules: [{ action, subject }],
})

/** A command held to one rule. */
export const writeRule = (action: Action, subject: UseCaseRule["subject"]): UseCaseEntry => ({
  kind: "write",
  rules: [{ action, subject }],
})
