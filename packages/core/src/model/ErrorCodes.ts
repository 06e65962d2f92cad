import type {
  ChallengeClosed,
  ChallengeNotFound,
  DecisionNotFound,
  IllegalTransition,
  JourneyAlreadyOpen,
  JourneyNotFound,
  MissingStep,
  SpendingNotAllowed,
  DirectPaymentConditionsNotMet,
} from "../journey/JourneyErrors.ts"
import type { CarerNotFound } from "../usecases/carers.ts"
import type { DirectoryEntryNotFound } from "../directory/DirectoryEntry.ts"
import type { ImportRunNotFound } from "../imports/ImportRun.ts"
import type { WebhookSubscriptionNotFound } from "../webhooks/WebhookSubscription.ts"
import type { ReplayUnavailable } from "../ports/DecisionReplay.ts"
import type {
  BudgetNotOpen,
  IdempotencyConflict,
  InsufficientFunds,
  ManagerConfirmationRequired,
  PostingNotFound,
  RecoveryAwaitsChallenge,
} from "../ledger/LedgerErrors.ts"
import type {
  ExportLimitExceeded,
  ExportRunNotFound,
  ExportNotReady,
  ExportNotRunningHere,
  UnknownExporter,
  UnsupportedFormat,
} from "../reporting/ExportErrors.ts"
import type {
  BudgetNotFound,
  Forbidden,
  InvalidInput,
  PersonNotFound,
  StaleVersion,
} from "./Errors.ts"

/**
 * The one table that classifies core errors for every API. tRPC uses the code as its
 * error code; GraphQL puts it in `extensions.code`. The names follow tRPC's codes.
 */
export const errorCodes = {
  InvalidInput: "BAD_REQUEST",
  PersonNotFound: "NOT_FOUND",
  BudgetNotFound: "NOT_FOUND",
  StaleVersion: "CONFLICT",
  Forbidden: "FORBIDDEN",
  IllegalTransition: "CONFLICT",
  JourneyNotFound: "NOT_FOUND",
  JourneyAlreadyOpen: "CONFLICT",
  MissingStep: "PRECONDITION_FAILED",
  SpendingNotAllowed: "BAD_REQUEST",
  DirectPaymentConditionsNotMet: "PRECONDITION_FAILED",
  DecisionNotFound: "NOT_FOUND",
  ChallengeNotFound: "NOT_FOUND",
  ChallengeClosed: "PRECONDITION_FAILED",
  ReplayUnavailable: "PRECONDITION_FAILED",
  CarerNotFound: "NOT_FOUND",
  InsufficientFunds: "CONFLICT",
  BudgetNotOpen: "CONFLICT",
  IdempotencyConflict: "CONFLICT",
  PostingNotFound: "NOT_FOUND",
  RecoveryAwaitsChallenge: "PRECONDITION_FAILED",
  ManagerConfirmationRequired: "PRECONDITION_FAILED",
  UnknownExporter: "NOT_FOUND",
  UnsupportedFormat: "BAD_REQUEST",
  ExportLimitExceeded: "BAD_REQUEST",
  ExportRunNotFound: "NOT_FOUND",
  ExportNotReady: "CONFLICT",
  ExportNotRunningHere: "CONFLICT",
  DirectoryEntryNotFound: "NOT_FOUND",
  WebhookSubscriptionNotFound: "NOT_FOUND",
  ImportRunNotFound: "NOT_FOUND",
} as const satisfies Record<CoreError["_tag"], ApiErrorCode>

export type ApiErrorCode =
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "CONFLICT"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "PRECONDITION_FAILED"

export type CoreError =
  | InvalidInput
  | PersonNotFound
  | BudgetNotFound
  | StaleVersion
  | Forbidden
  | IllegalTransition
  | JourneyNotFound
  | JourneyAlreadyOpen
  | MissingStep
  | SpendingNotAllowed
  | DirectPaymentConditionsNotMet
  | DecisionNotFound
  | ChallengeNotFound
  | ChallengeClosed
  | ReplayUnavailable
  | CarerNotFound
  | InsufficientFunds
  | BudgetNotOpen
  | IdempotencyConflict
  | PostingNotFound
  | RecoveryAwaitsChallenge
  | ManagerConfirmationRequired
  | UnknownExporter
  | UnsupportedFormat
  | ExportLimitExceeded
  | ExportRunNotFound
  | ExportNotReady
  | ExportNotRunningHere
  | DirectoryEntryNotFound
  | WebhookSubscriptionNotFound
  | ImportRunNotFound

const coreTags = new Set<string>(Object.keys(errorCodes))

export const isCoreError = (u: unknown): u is CoreError =>
  typeof u === "object" && u !== null && "_tag" in u && coreTags.has(String(u._tag))

export const apiErrorCode = (error: CoreError): ApiErrorCode => errorCodes[error._tag]

/** What an API returns for a core error: its code, tag, message and (for bad input) the issues. */
export const describeCoreError = (error: CoreError) => ({
  code: apiErrorCode(error),
  tag: error._tag,
  message: error.message,
  ...(error._tag === "InvalidInput" ? { issues: error.issues } : {}),
  ...(error._tag === "Forbidden" ? { rule: error.rule } : {}),
})
