import type { Action } from "./AccessTable.ts"

/**
 * One public use case: the access-table rules it is held to, and whose record each rule is
 * checked against. `person`: the person the input names or leads to (a journey's, budget's,
 * decision's or carer's person), so a relation (self, consented carer, caseload, assigned
 * adviser) can grant it; `council`: the council as a whole, so only a council-wide grant does.
 */
export interface UseCaseEntry {
  readonly kind: "read" | "write"
  /** More than one when the input decides which rule applies (a review the person asks for). */
  readonly rules: readonly [UseCaseRule, ...ReadonlyArray<UseCaseRule>]
}

export interface UseCaseRule {
  readonly action: Action
  readonly subject: "person" | "council"
  /** When the rule applies, if the use case has more than one. */
  readonly when?: string
}

const read = (action: Action, subject: UseCaseRule["subject"]): UseCaseEntry => ({
  kind: "read",
  rules: [{ action, subject }],
})
const write = (action: Action, subject: UseCaseRule["subject"]): UseCaseEntry => ({
  kind: "write",
  rules: [{ action, subject }],
})

/**
 * Every use case an API exposes, by the name of its core function. Each tRPC procedure and
 * each GraphQL query or mutation field names the entry it runs, and the adapters' tests fail
 * when a procedure or field names none, or an entry is missing from either API; the server's
 * access matrix calls every entry through both APIs for every role.
 */
export const useCaseRegistry = {
  registerPerson: write("person.register", "council"),
  getPerson: read("person.read", "person"),
  createBudget: write("budget.create", "council"),
  getBudget: read("budget.read", "person"),
  listBudgets: read("budget.list", "council"),

  referPerson: write("journey.refer", "person"),
  declineBudget: write("journey.decline", "person"),
  assignJourney: write("journey.manage", "person"),
  startAssessment: write("journey.assess", "person"),
  recordAssessment: write("journey.assess", "person"),
  recordFinancialAssessment: write("journey.assess", "person"),
  assessCarer: write("journey.assess", "person"),
  decideEligibility: write("journey.decide", "person"),
  setIndicativeBudget: write("journey.decide", "person"),
  draftPlan: write("journey.plan", "person"),
  submitPlan: write("journey.submit", "person"),
  decidePlan: write("journey.approve", "person"),
  suspendBudget: write("journey.manage", "person"),
  resumeBudget: write("journey.manage", "person"),
  activateContingency: write("journey.manage", "person"),
  startReview: {
    kind: "write",
    rules: [
      { action: "journey.review", subject: "person", when: "a scheduled or crisis review" },
      {
        action: "journey.request-review",
        subject: "person",
        when: "a review the person asks for (trigger person-request)",
      },
    ],
  },
  completeReview: write("journey.review", "person"),
  endJourney: write("journey.manage", "person"),
  getJourney: read("journey.read", "person"),
  listJourneysOfPerson: read("journey.read", "person"),
  listJourneys: read("journey.list", "council"),
  myCaseload: read("caseload.read", "council"),

  getDecision: read("decision.read", "person"),
  listDecisions: read("decision.read", "person"),
  listChallenges: read("challenge.read", "person"),
  lodgeChallenge: write("challenge.lodge", "person"),
  reviewChallenge: write("challenge.resolve", "council"),
  resolveChallenge: write("challenge.resolve", "council"),

  addCarer: write("carer.manage", "person"),
  setCarerConsent: write("carer.consent", "person"),
  listCarers: read("person.read", "person"),

  recordAllocation: write("ledger.allocate", "person"),
  allocateDue: write("ledger.allocate", "person"),
  recordPayment: write("ledger.pay", "person"),
  recordSpending: write("ledger.spend", "person"),
  drawContingency: write("ledger.allocate", "person"),
  reversePosting: write("ledger.reverse", "person"),
  checkDirectPaymentSurplus: write("ledger.monitor", "person"),
  confirmRecovery: write("ledger.monitor", "person"),
  submitDirectPaymentStatement: write("ledger.spend", "person"),
  directPaymentStatementDue: read("ledger.monitor", "person"),
  ledgerBalances: read("ledger.read", "person"),
  spendingAgainstPlan: read("ledger.read", "person"),
  budgetStatement: read("ledger.read", "person"),
  ledgerHistory: read("ledger.read", "person"),

  searchAudit: read("audit.search", "council"),
  whoSawMyRecord: read("audit.own-record", "person"),

  listExporters: read("export.read", "council"),
  startExport: write("export.run", "council"),
  getExportRun: read("export.read", "council"),
  cancelExport: write("export.run", "council"),
} as const satisfies Record<string, UseCaseEntry>

export type UseCaseName = keyof typeof useCaseRegistry

export const useCaseNames = Object.keys(useCaseRegistry) as ReadonlyArray<UseCaseName>

export const isUseCaseName = (name: unknown): name is UseCaseName =>
  typeof name === "string" && Object.hasOwn(useCaseRegistry, name)
