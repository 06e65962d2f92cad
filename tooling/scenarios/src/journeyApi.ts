/** A journey as an API returns it (the encoded core `Journey`). */
export interface JourneyView {
  readonly id: string
  readonly personId: string
  readonly stage: string
  readonly version: number
  readonly budgetId: string | null
  readonly eligibilityDecisionId: string | null
  readonly indicativeDecisionId: string | null
  readonly plans: ReadonlyArray<{
    readonly version: number
    readonly content?: { readonly lines: ReadonlyArray<{ readonly deliveryMechanism: string }> }
  }>
  readonly reviews: ReadonlyArray<{
    readonly id: string
    readonly status: string
    readonly dueDate: string
    readonly measures?: ReadonlyArray<{
      readonly instrument: string
      readonly figures: ReadonlyArray<{ readonly name: string; readonly value: number }>
      readonly wantsHelpWith: ReadonlyArray<string>
    }> | null
  }>
  readonly approved: {
    readonly decisionId: string
    readonly costOfMeetingNeedsPence: number
    readonly planVersion?: number
  } | null
  readonly directPaymentEnding?: {
    readonly endsOn: string
    readonly noticeDecisionId: string
    readonly completed: { readonly returnedPence: number; readonly decisionId: string } | null
  } | null
  readonly contingency: { readonly until: string; readonly decisionId: string } | null
  readonly ending: { readonly reason: string; readonly decisionId: string } | null
}

export interface DecisionView {
  readonly id: string
  readonly kind: string
  readonly outcome: string
  readonly reasons: ReadonlyArray<{
    readonly criterion: string
    readonly text: string
    readonly met: boolean | null
  }>
  readonly policy: { readonly id: string; readonly version: string }
  readonly challenge: { readonly how: string; readonly deadline: string }
  readonly supersedes: string | null
}

export interface PostingView {
  readonly id: string
  readonly kind: string
  readonly idempotencyKey: string
  readonly effectiveDate: string
  readonly entries: ReadonlyArray<{ readonly account: string; readonly amountPence: number }>
}

export interface StatementView {
  readonly deliveryMechanism: string
  readonly byMechanism: ReadonlyArray<{
    readonly mechanism: string
    readonly plannedAnnualPence: number
    readonly paidPence: number | null
    readonly spentPence: number
  }>
}

export interface BudgetView {
  readonly id: string
  readonly amountPence: number
  readonly status: string
  readonly deliveryMechanism?: string
  readonly fundingStreams: ReadonlyArray<{ readonly stream: string; readonly amountPence: number }>
}

/** The money steps a scenario takes, and what each answers. */
export interface LedgerSteps {
  readonly allocate: PostingView
  readonly allocateDue: ReadonlyArray<PostingView>
  readonly pay: PostingView
  readonly checkSurplus: DecisionView
  readonly confirmRecovery: PostingView
}
export type LedgerStep = keyof LedgerSteps

/**
 * The journey's steps as any API offers them. The scenarios drive this interface, so the same
 * steps run through tRPC and through GraphQL.
 */
export interface JourneyApi {
  registerPerson(input: Record<string, unknown>): Promise<{ readonly id: string }>
  refer(input: Record<string, unknown>): Promise<JourneyView>
  step(name: JourneyStep, input: Record<string, unknown>): Promise<JourneyView>
  getJourney(
    journeyId: string,
  ): Promise<{ readonly journey: JourneyView; readonly contingencyActive: boolean }>
  getDecision(decisionId: string): Promise<DecisionView>
  decisionsOf(personId: string): Promise<ReadonlyArray<DecisionView>>
  lodgeChallenge(
    input: Record<string, unknown>,
  ): Promise<{ readonly id: string; readonly status: string }>
  resolveChallenge(
    input: Record<string, unknown>,
  ): Promise<{ readonly id: string; readonly status: string }>
  budget(budgetId: string): Promise<BudgetView>
  /** A budget's statement for a date range, split by how its money is held. */
  statement(budgetId: string, from: string, to: string): Promise<StatementView>
  /** A budget's postings, oldest first. */
  postings(budgetId: string): Promise<ReadonlyArray<PostingView>>
  /** A money step, taken by the council's finance officer. */
  ledger<K extends LedgerStep>(name: K, input: Record<string, unknown>): Promise<LedgerSteps[K]>
  /** Moves the API's clock forward (the server's time comes from effect's Clock). */
  advanceDays(days: number): void
}

export type JourneyStep =
  | "startAssessment"
  | "recordAssessment"
  | "recordFinancialAssessment"
  | "decideEligibility"
  | "setIndicativeBudget"
  | "draftPlan"
  | "recordDirectPaymentArrangements"
  | "submitPlan"
  | "decidePlan"
  | "suspend"
  | "resume"
  | "activateContingency"
  | "startReview"
  | "completeReview"
  | "end"
  | "giveDirectPaymentNotice"
  | "recordUnderspendDiscussion"
  | "completeDirectPaymentEnding"
