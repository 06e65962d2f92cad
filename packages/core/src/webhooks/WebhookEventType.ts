import { Schema } from "effect"

/**
 * Every type of domain event the event log records, by the aggregate it happens to: what a
 * webhook subscription may ask for. A subscription names the types it wants and receives no other.
 */
export const domainEventTypes = [
  // A person
  "PersonRegistered",
  "PersonDetailsChanged",
  "ResearchConsentGiven",
  "ResearchConsentWithdrawn",
  // A carer
  "CarerAdded",
  "CarerConsentGiven",
  "CarerConsentWithdrawn",
  "CarerWillingnessConfirmed",
  "CarerWillingnessWithdrawn",
  "CarerEligibilityDecided",
  // A journey
  "PersonReferred",
  "JourneyAssigned",
  "AssessmentStarted",
  "AssessmentRecorded",
  "EligibilityDecided",
  "EligibilityOverturned",
  "FinancialAssessmentRecorded",
  "IndicativeBudgetSet",
  "IndicativeBudgetOverturned",
  "PlanDrafted",
  "PlanSubmitted",
  "PlanApproved",
  "PlanRejected",
  "PlanRefusalWithdrawn",
  "PlanLineReinstated",
  "ApprovedBudgetRevised",
  "ContributionRevisedOnChallenge",
  "ContingencyActivated",
  "DirectPaymentArrangementsRecorded",
  "DirectPaymentNoticeGiven",
  "DirectPaymentNoticeWithdrawn",
  "DirectPaymentsEnded",
  "UnderspendDiscussed",
  "SuspensionWithdrawn",
  "ReviewStarted",
  "ReviewCompleted",
  "ReviewOutcomeApplied",
  "JourneyEnded",
  "EndingWithdrawn",
  // A caseload import: a journey brought in at its stage, a re-import's changed columns
  "JourneyImported",
  "ImportedRecordUpdated",
  // A budget
  "BudgetCreated",
  "BudgetActivated",
  "BudgetDeclined",
  "BudgetSuspended",
  "BudgetResumed",
  "BudgetEnded",
  "BudgetRestored",
  "BudgetMechanismChanged",
  "BudgetRevisedOnChallenge",
  "IndicativeBudgetRevised",
  "PostingMade",
  "DirectPaymentStatementReceived",
  // A decision and a challenge to one
  "DecisionRecorded",
  "FlaggedRecoveryConfirmed",
  "ChallengeLodged",
  "ChallengeUnderReview",
  "ChallengeResolved",
  // The council's directory
  "DirectoryImported",
  // The work queue: a review, statement or no-spend check due soon or overdue, once an item
  "ReminderDue",
] as const

export const WebhookEventType = Schema.Literals(domainEventTypes).annotate({
  identifier: "WebhookEventType",
  description: "A type of domain event a webhook subscription may ask for.",
})
export type WebhookEventType = typeof WebhookEventType.Type
