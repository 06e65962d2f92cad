import type { Action, ApiErrorCode, UseCaseName } from "@openpb/core"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { type Circle, contractedLineId } from "./seed.ts"

/**
 * How the matrix calls one use case (under one of its rules) against a person's records.
 *
 * The matrix must not depend on the order of its calls, so no probe changes what another
 * probe's outcome depends on. A write either repeats harmlessly (a new person, budget,
 * challenge or carer without a login; consent set to what it already is; a statement
 * received) and succeeds, or targets a record in a state where the step cannot happen (an
 * active journey asked to start its assessment, a declined journey asked to suspend, a budget
 * never opened asked to take a payment, a resolved challenge asked to be resolved again): core
 * checks access first and the state after, so an authorised caller gets the step's own
 * refusal (`authorised`) and an unauthorised one FORBIDDEN, and nothing is written.
 */
export interface Probe {
  readonly useCase: UseCaseName
  /** The rule of the use case this input is held to. */
  readonly action: Action
  readonly input: (circle: Circle) => Record<string, unknown> | undefined
  /** What an authorised caller gets. */
  readonly authorised: "ok" | ApiErrorCode
  /** The input names no record (a listing of the caller's own council): run once per role. */
  readonly targetless?: true
  /**
   * The answer repeats ids callers asked about (the audit trail records every attempt, another
   * council's ids included), so it is left out of the check that no other council's id comes back.
   */
  readonly echoesRequests?: true
}

const pastDate = "2026-01-31"
const beforeAnyBudget = "2020-01-01"
const unknownRunId = "01900000-0000-7000-8000-000000000000"

const probe = (
  useCase: UseCaseName,
  action: Action,
  authorised: Probe["authorised"],
  input: Probe["input"],
  extra: Partial<Pick<Probe, "targetless" | "echoesRequests">> = {},
): Probe => ({ useCase, action, authorised, input, ...extra })

export const probes: ReadonlyArray<Probe> = [
  probe(
    "registerPerson",
    "person.register",
    "ok",
    () => ({ givenName: "New", familyName: "Person" }),
    {
      targetless: true,
    },
  ),
  probe("getPerson", "person.read", "ok", (c) => ({ personId: c.personId })),
  probe("createBudget", "budget.create", "ok", (c) => ({
    personId: c.personId,
    amountPence: 500,
    fundingStreams: [{ stream: "council-social-care", amountPence: 500 }],
    deliveryMechanism: "notional",
  })),
  probe("getBudget", "budget.read", "ok", (c) => ({ budgetId: c.activeBudgetId })),
  probe("listBudgets", "budget.list", "ok", () => ({}), { targetless: true }),

  // A person has one open journey at a time.
  probe("referPerson", "journey.refer", "CONFLICT", (c) => ({ personId: c.personId, referral })),
  probe("declineBudget", "journey.decline", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
    reason: "Changed my mind",
  })),
  // Assigns the people already assigned: the circle stays as it is.
  probe("assignJourney", "journey.manage", "ok", (c) => ({
    journeyId: c.closedJourneyId,
    practitioner: c.members.practitioner,
    adviser: c.members.adviser,
  })),
  probe("startAssessment", "journey.assess", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
  })),
  probe("recordAssessment", "journey.assess", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
    assessment: eligibleAssessment,
  })),
  probe("recordFinancialAssessment", "journey.assess", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
    financial,
  })),
  // A carer's assessment belongs on the carer's own journey: on the person's it is refused
  // (once access allows it) as a missing step, writing nothing.
  probe("assessCarer", "journey.assess", "PRECONDITION_FAILED", (c) => ({
    journeyId: c.activeJourneyId,
    assessment: {
      period: { from: "2026-01-01", to: "2026-01-14" },
      needsAriseFromProvidingNecessaryCare: true,
      healthAtRiskOfDeteriorating: false,
      outcomes: [{ outcome: "recreation", unableSenses: [], evidence: "Manages." }],
      wellbeingImpact: "some",
      wellbeingEvidence: "Tired.",
      views: { person: "Fine.", practitioner: "Coping." },
    },
  })),
  probe("decideEligibility", "journey.decide", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
  })),
  probe("setIndicativeBudget", "journey.decide", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
  })),
  probe("draftPlan", "journey.plan", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
    plan: supportPlan,
  })),
  // The arrangements the active journey was seeded with, recorded again: a harmless repeat.
  probe("recordDirectPaymentArrangements", "journey.plan", "ok", (c) => ({
    journeyId: c.activeJourneyId,
    arrangements: directPaymentArrangements,
  })),
  probe("submitPlan", "journey.submit", "CONFLICT", (c) => ({ journeyId: c.activeJourneyId })),
  probe("decidePlan", "journey.approve", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
    approve: true,
    reasons: ["Approved again"],
  })),
  probe("suspendBudget", "journey.manage", "CONFLICT", (c) => ({
    journeyId: c.closedJourneyId,
    reason: "A hospital stay",
  })),
  probe("resumeBudget", "journey.manage", "CONFLICT", (c) => ({ journeyId: c.activeJourneyId })),
  probe("activateContingency", "journey.manage", "CONFLICT", (c) => ({
    journeyId: c.closedJourneyId,
    upliftPence: 10_000,
    days: 7,
    reason: "A crisis",
  })),
  probe("startReview", "journey.review", "CONFLICT", (c) => ({
    journeyId: c.closedJourneyId,
    trigger: "crisis",
  })),
  probe("startReview", "journey.request-review", "CONFLICT", (c) => ({
    journeyId: c.closedJourneyId,
    trigger: "person-request",
  })),
  probe("completeReview", "journey.review", "CONFLICT", (c) => ({
    journeyId: c.activeJourneyId,
    progress: [{ outcomeId: "o1", attainment: 1, note: "Some progress." }],
    views: { person: "Better.", practitioner: "Progress." },
    outcome: "continue",
    reasons: ["Carry on."],
  })),
  probe("endJourney", "journey.manage", "CONFLICT", (c) => ({
    journeyId: c.closedJourneyId,
    reason: "persons-choice",
    note: "",
  })),
  probe("getJourney", "journey.read", "ok", (c) => ({ journeyId: c.activeJourneyId })),
  probe("listJourneysOfPerson", "journey.read", "ok", (c) => ({ personId: c.personId })),
  probe("fhirPlansOfPerson", "journey.read", "ok", (c) => ({ personId: c.personId })),
  probe("listJourneys", "journey.list", "ok", () => ({}), { targetless: true }),
  probe("myCaseload", "caseload.read", "ok", () => undefined, { targetless: true }),

  probe("updatePersonDetails", "person.update", "ok", (c) => ({
    personId: c.personId,
    interpreterNeeded: false,
  })),
  probe("getDecision", "decision.read", "ok", (c) => ({ decisionId: c.eligibilityDecisionId })),
  probe("getGlossary", "glossary.read", "ok", () => ({}), { targetless: true }),
  probe("getDecisionLetter", "decision.read", "ok", (c) => ({
    decisionId: c.eligibilityDecisionId,
  })),
  probe("listDecisions", "decision.read", "ok", (c) => ({ personId: c.personId })),
  probe("listChallenges", "challenge.read", "ok", (c) => ({ personId: c.personId })),
  probe("lodgeChallenge", "challenge.lodge", "ok", (c) => ({
    decisionId: c.eligibilityDecisionId,
    grounds: "I disagree.",
  })),
  probe("reviewChallenge", "challenge.resolve", "PRECONDITION_FAILED", (c) => ({
    challengeId: c.closedChallengeId,
  })),
  probe("resolveChallenge", "challenge.resolve", "PRECONDITION_FAILED", (c) => ({
    challengeId: c.closedChallengeId,
    result: "upheld",
    reasons: ["Looked again."],
  })),

  // Stopping direct payments: each probe passes access and stops before writing (a breach
  // needs notice, and nothing is under way to discuss or complete).
  probe("giveDirectPaymentNotice", "journey.manage", "BAD_REQUEST", (c) => ({
    journeyId: c.activeJourneyId,
    reason: "condition-breached",
    explanation: "Receipts were not kept.",
    immediateBecause: "Asked to stop at once.",
    alternative: { mechanism: "notional", arrangedBy: "Council team", personAgreed: true },
  })),
  probe("recordUnderspendDiscussion", "journey.manage", "PRECONDITION_FAILED", (c) => ({
    journeyId: c.activeJourneyId,
    withWhom: "The person",
    summary: "Nothing left.",
  })),
  probe("completeDirectPaymentEnding", "journey.manage", "PRECONDITION_FAILED", (c) => ({
    journeyId: c.activeJourneyId,
  })),
  probe("addCarer", "carer.manage", "ok", (c) => ({
    personId: c.personId,
    name: "A neighbour",
    relationship: "neighbour",
  })),
  probe("setCarerConsent", "person.consent", "ok", (c) => ({
    carerId: c.unconsentedCarerId,
    scopes: [],
  })),
  probe("recordCarerWillingness", "carer.manage", "ok", (c) => ({
    carerId: c.unconsentedCarerId,
    willingAndAble: true,
    hoursPerWeek: 4,
    note: "Happy to keep visiting on Sundays.",
  })),
  probe("setResearchConsent", "person.consent", "ok", (c) => ({
    personId: c.personId,
    researchConsent: false,
  })),
  probe("listCarers", "person.read", "ok", (c) => ({ personId: c.personId })),

  probe("recordAllocation", "ledger.allocate", "CONFLICT", (c) => ({
    budgetId: c.idleBudgetId,
    idempotencyKey: "matrix-allocation",
    stream: "council-social-care",
    amountPence: 100,
    date: pastDate,
  })),
  // Allocations are due only on an open budget: nothing is posted.
  probe("allocateDue", "ledger.allocate", "ok", (c) => ({ budgetId: c.idleBudgetId })),
  // Allocation is idempotent per period: running it for the council posts only what was due.
  probe("allocateDueForCouncil", "ledger.allocate", "ok", () => ({}), { targetless: true }),
  probe("recordPayment", "ledger.pay", "CONFLICT", (c) => ({
    budgetId: c.idleBudgetId,
    idempotencyKey: "matrix-payment",
    stream: "council-social-care",
    mechanism: "direct-payment",
    amountPence: 100,
    date: pastDate,
    payee: "Account",
  })),
  // On the running budget's contracted line (so its provider is authorised), dated before the
  // budget started: refused as bad input after the access check, nothing posted.
  probe("recordSpending", "ledger.spend", "BAD_REQUEST", (c) => ({
    budgetId: c.activeBudgetId,
    idempotencyKey: "matrix-spending",
    lineId: contractedLineId,
    category: "personal-assistant",
    stream: "council-social-care",
    mechanism: "direct-payment",
    amountPence: 100,
    date: beforeAnyBudget,
    payee: "A PA",
  })),
  // The eligibility decision is not a contingency decision.
  probe("drawContingency", "ledger.allocate", "BAD_REQUEST", (c) => ({
    budgetId: c.idleBudgetId,
    idempotencyKey: "matrix-contingency",
    decisionId: c.eligibilityDecisionId,
    stream: "council-social-care",
    amountPence: 100,
  })),
  // The posting belongs to another budget of the person.
  probe("reversePosting", "ledger.reverse", "NOT_FOUND", (c) => ({
    budgetId: c.idleBudgetId,
    idempotencyKey: "matrix-reversal",
    postingId: c.postingId,
    reason: "Posted in error",
  })),
  // A budget with no journey has no plan to check a surplus against.
  probe("checkDirectPaymentSurplus", "ledger.monitor", "PRECONDITION_FAILED", (c) => ({
    budgetId: c.idleBudgetId,
    stream: "council-social-care",
  })),
  // The eligibility decision is not a proposed recovery.
  probe("confirmRecovery", "ledger.monitor", "BAD_REQUEST", (c) => ({
    budgetId: c.idleBudgetId,
    decisionId: c.eligibilityDecisionId,
  })),
  // Account feeds: a bank's CSV without its columns named is refused after the access check,
  // an unknown transaction cannot be matched, and the queue of a budget reads.
  probe("importAccountTransactions", "ledger.account-feed", "BAD_REQUEST", (c) => ({
    budgetId: c.activeBudgetId,
    format: "bank-csv",
    fileText: "Date,Amount,Payee\n",
  })),
  probe("accountTransactionsQueue", "ledger.account-feed", "ok", (c) => ({
    budgetId: c.activeBudgetId,
  })),
  probe("matchAccountTransaction", "ledger.account-feed", "BAD_REQUEST", (c) => ({
    budgetId: c.activeBudgetId,
    transactionId: unknownRunId,
    lineId: contractedLineId,
  })),
  probe("submitDirectPaymentStatement", "ledger.spend", "ok", (c) => ({
    budgetId: c.activeBudgetId,
    periodEnd: pastDate,
    closingBalancePence: 20_000,
    receipts: 2,
  })),
  probe("directPaymentStatementDue", "ledger.monitor", "ok", (c) => ({
    budgetId: c.activeBudgetId,
  })),
  probe("ledgerBalances", "ledger.read", "ok", (c) => ({ budgetId: c.activeBudgetId })),
  probe("spendingAgainstPlan", "ledger.read", "ok", (c) => ({ budgetId: c.activeBudgetId })),
  probe("providerStatement", "provider.statement", "ok", (c) => ({
    budgetId: c.activeBudgetId,
    from: pastDate,
    to: "2026-12-31",
    providerId: c.members.provider,
  })),
  probe("budgetStatement", "ledger.read", "ok", (c) => ({
    budgetId: c.activeBudgetId,
    from: "2026-01-01",
    to: "2026-12-31",
  })),
  probe("ledgerHistory", "ledger.read", "ok", (c) => ({ budgetId: c.activeBudgetId })),

  probe("searchAudit", "audit.search", "ok", () => ({ limit: 200 }), {
    targetless: true,
    echoesRequests: true,
  }),
  probe("whoSawMyRecord", "audit.own-record", "ok", (c) => ({ personId: c.personId })),
  probe("listExporters", "export.read", "ok", () => ({}), { targetless: true }),
  // No such exporter or run: an authorised caller learns that, anyone else is refused first.
  probe(
    "startExport",
    "export.run",
    "NOT_FOUND",
    () => ({ exporterId: "no-such-export", format: "csv" }),
    {
      targetless: true,
    },
  ),
  probe("getExportRun", "export.read", "NOT_FOUND", () => ({ runId: unknownRunId }), {
    targetless: true,
  }),
  probe("cancelExport", "export.run", "NOT_FOUND", () => ({ runId: unknownRunId }), {
    targetless: true,
  }),
  // No such entry: a reader of the directory learns that, anyone else is refused first.
  probe("getDirectoryEntry", "directory.read", "NOT_FOUND", () => ({ entryId: unknownRunId }), {
    targetless: true,
  }),
  // An empty page of a feed: an administrator's import changes no entry.
  probe("importDirectory", "directory.import", "ok", () => ({ content: [] }), {
    targetless: true,
  }),
  // A CSV with its header only: an administrator's import changes no entry.
  probe("importDirectoryCsv", "directory.import", "ok", () => ({ csv: "id,name\r\n" }), {
    targetless: true,
  }),
  // Caseload imports: a dry run of a header-only file writes nothing; an unknown run is not found.
  probe(
    "startCaseloadImport",
    "import.run",
    "ok",
    () => ({
      csv: ["source_id,given_name,family_name,stage\r\n"],
      sourceSystem: "matrix-probe",
      dryRun: true,
    }),
    { targetless: true },
  ),
  probe("getImportRun", "import.read", "NOT_FOUND", () => ({ runId: unknownRunId }), {
    targetless: true,
  }),
  probe("listImportRuns", "import.read", "ok", () => ({}), { targetless: true }),
  // Webhooks: an administrator subscribes (harmless to repeat), lists, and learns that an
  // unknown subscription cannot be ended or replayed; anyone else is refused first.
  probe(
    "subscribeWebhook",
    "webhook.manage",
    "ok",
    () => ({ url: "https://hooks.example.org/openpb", eventTypes: ["PersonRegistered"] }),
    { targetless: true },
  ),
  probe("listWebhookSubscriptions", "webhook.manage", "ok", () => ({}), { targetless: true }),
  probe(
    "unsubscribeWebhook",
    "webhook.manage",
    "NOT_FOUND",
    () => ({ subscriptionId: unknownRunId }),
    { targetless: true },
  ),
  probe(
    "replayWebhooks",
    "webhook.manage",
    "NOT_FOUND",
    () => ({ subscriptionId: unknownRunId, from: "2026-01-01T00:00:00Z" }),
    { targetless: true },
  ),
]
