import * as Decisions from "./decisions.ts"
import * as Journey from "./journey.ts"
import * as Ledger from "./ledger.ts"
import * as Oversight from "./oversight.ts"
import * as People from "./people.ts"

/**
 * Every use case an API exposes. Both APIs, the registry, the access matrix and the tracing
 * spans are derived from this list: a new use case is its contract (with its implementation),
 * one line here, and its tests.
 */
export const useCases = [
  People.RegisterPerson,
  People.GetPerson,
  People.CreateBudget,
  People.GetBudget,
  People.ListBudgets,
  Journey.ReferPerson,
  Journey.DeclineBudget,
  Journey.AssignJourney,
  Journey.StartAssessment,
  Journey.RecordAssessment,
  Journey.RecordFinancialAssessment,
  Journey.AssessCarer,
  Journey.DecideEligibility,
  Journey.SetIndicativeBudget,
  Journey.DraftPlan,
  Journey.SubmitPlan,
  Journey.DecidePlan,
  Journey.SuspendBudget,
  Journey.ResumeBudget,
  Journey.ActivateContingency,
  Journey.StartReview,
  Journey.CompleteReview,
  Journey.EndJourney,
  Journey.GetJourney,
  Journey.ListJourneysOfPerson,
  Journey.ListJourneys,
  Journey.MyCaseload,
  Decisions.GetDecision,
  Decisions.ListDecisions,
  Decisions.ListChallenges,
  Decisions.LodgeChallenge,
  Decisions.ReviewChallenge,
  Decisions.ResolveChallenge,
  People.AddCarer,
  People.SetCarerConsent,
  People.ListCarers,
  Ledger.RecordAllocation,
  Ledger.AllocateDue,
  Ledger.RecordPayment,
  Ledger.RecordSpending,
  Ledger.DrawContingency,
  Ledger.ReversePosting,
  Ledger.CheckDirectPaymentSurplus,
  Ledger.ConfirmRecovery,
  Ledger.SubmitDirectPaymentStatement,
  Ledger.DirectPaymentStatementDue,
  Ledger.GetLedgerBalances,
  Ledger.GetSpendingAgainstPlan,
  Ledger.GetBudgetStatement,
  Ledger.LedgerHistory,
  Oversight.SearchAudit,
  Oversight.WhoSawMyRecord,
  Oversight.ListExporters,
  Oversight.StartExport,
  Oversight.GetExportRun,
  Oversight.CancelExport,
] as const

export type UseCases = typeof useCases
