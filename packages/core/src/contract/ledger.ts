import { Schema } from "effect"
import {
  ProviderStatement,
  ProviderStatementInput,
  providerStatement,
} from "../ledger/providerStatement.ts"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { Decision } from "../decisions/Decision.ts"
import { DeliveryMechanism, LineDeliveryMechanism } from "../model/Budget.ts"
import { BudgetId } from "../model/Ids.ts"
import { CalendarDate } from "../model/Person.ts"
import {
  ConfirmRecoveryInput,
  checkDirectPaymentSurplus,
  confirmRecovery,
  SurplusCheckInput,
} from "../ledger/monitoring.ts"
import { Posting } from "../ledger/Posting.ts"
import {
  AllocateDueForCouncilInput,
  allocateDueForCouncil,
  CouncilAllocationRun,
} from "../ledger/allocateDueForCouncil.ts"
import {
  budgetStatement,
  ledgerBalances,
  ledgerHistory,
  spendingAgainstPlan,
  StatementInput,
} from "../ledger/queries.ts"
import {
  directPaymentStatementDue,
  StatementReturnInput,
  submitDirectPaymentStatement,
} from "../ledger/statements.ts"
import {
  AllocateDueInput,
  AllocationInput,
  allocateDue,
  BudgetRef,
  ContingencyDrawInput,
  drawContingency,
  PaymentInput,
  recordAllocation,
  recordPayment,
  recordSpending,
  ReversalInput,
  reversePosting,
  SpendingInput,
} from "../ledger/usecases.ts"
import { defineUseCase } from "./UseCase.ts"

export const RecordAllocation = defineUseCase({
  name: "recordAllocation",
  path: "ledger.allocate",
  kind: "command",
  description: "Allocates money to a budget for a period (idempotent by key).",
  access: writeRule("ledger.allocate", "person"),
  input: AllocationInput,
  output: Posting,
  errors: ["BudgetNotFound", "BudgetNotOpen", "IdempotencyConflict"],
  run: recordAllocation,
})

export const AllocateDue = defineUseCase({
  name: "allocateDue",
  path: "ledger.allocateDue",
  kind: "command",
  description: "Posts every allocation the budget's schedule says is due, once each.",
  access: writeRule("ledger.allocate", "person"),
  input: AllocateDueInput,
  output: Schema.Array(Posting),
  errors: ["BudgetNotFound", "BudgetNotOpen"],
  run: allocateDue,
})

export const AllocateDueForCouncil = defineUseCase({
  name: "allocateDueForCouncil",
  path: "ledger.allocateDueForCouncil",
  kind: "command",
  description:
    "Posts every allocation that has fallen due for every active budget of the council, once each: what the schedule runs, and what finance may run by hand.",
  access: writeRule("ledger.allocate", "council"),
  input: AllocateDueForCouncilInput,
  output: CouncilAllocationRun,
  errors: [],
  run: allocateDueForCouncil,
})

export const RecordPayment = defineUseCase({
  name: "recordPayment",
  path: "ledger.pay",
  kind: "command",
  description: "Pays money out of a budget (a direct payment, an invoice, a provider).",
  access: writeRule("ledger.pay", "person"),
  input: PaymentInput,
  output: Posting,
  errors: ["BudgetNotFound", "BudgetNotOpen", "InsufficientFunds", "IdempotencyConflict"],
  run: recordPayment,
})

export const RecordSpending = defineUseCase({
  name: "recordSpending",
  path: "ledger.spend",
  kind: "command",
  description: "Records spending against a plan line, within the spending rules.",
  access: writeRule("ledger.spend", "person"),
  input: SpendingInput,
  output: Posting,
  errors: ["BudgetNotFound", "BudgetNotOpen", "InsufficientFunds", "IdempotencyConflict"],
  run: recordSpending,
})

export const DrawContingency = defineUseCase({
  name: "drawContingency",
  path: "ledger.drawContingency",
  kind: "command",
  description: "Draws on the contingency while an uplift applies.",
  access: writeRule("ledger.allocate", "person"),
  input: ContingencyDrawInput,
  output: Posting,
  errors: ["BudgetNotFound", "BudgetNotOpen", "IdempotencyConflict"],
  run: drawContingency,
})

export const ReversePosting = defineUseCase({
  name: "reversePosting",
  path: "ledger.reverse",
  kind: "command",
  description: "Reverses a posting by a new posting; nothing is ever edited.",
  access: writeRule("ledger.reverse", "person"),
  input: ReversalInput,
  output: Posting,
  errors: ["BudgetNotFound", "PostingNotFound", "IdempotencyConflict"],
  run: reversePosting,
})

export const CheckDirectPaymentSurplus = defineUseCase({
  name: "checkDirectPaymentSurplus",
  path: "ledger.checkSurplus",
  kind: "command",
  description:
    "Checks a direct payment for an unspent surplus; proposes a recovery after notice, refunds the person's own contribution at once, shows the holder's latest statement note, and flags a check reaching past the monitoring limit for a manager.",
  access: writeRule("ledger.monitor", "person"),
  input: SurplusCheckInput,
  output: Decision,
  errors: ["BudgetNotFound", "MissingStep", "BudgetNotOpen", "InsufficientFunds"],
  run: checkDirectPaymentSurplus,
})

export const ConfirmRecovery = defineUseCase({
  name: "confirmRecovery",
  path: "ledger.confirmRecovery",
  kind: "command",
  description:
    "Recovers a proposed surplus once its notice has run and no challenge to it is open; a proposal flagged for late monitoring needs a manager (an approver) and their reason.",
  access: writeRule("ledger.monitor", "person"),
  input: ConfirmRecoveryInput,
  output: Posting,
  errors: [
    "BudgetNotFound",
    "BudgetNotOpen",
    "InsufficientFunds",
    "RecoveryAwaitsChallenge",
    "ManagerConfirmationRequired",
  ],
  run: confirmRecovery,
})

export const StatementReceipt = Schema.Struct({
  budgetId: BudgetId,
  periodEnd: CalendarDate,
  receivedOn: CalendarDate,
}).annotate({ identifier: "DirectPaymentStatementReceipt" })

export const SubmitDirectPaymentStatement = defineUseCase({
  name: "submitDirectPaymentStatement",
  path: "ledger.submitStatement",
  kind: "command",
  description: "The holder of a direct payment sends in a statement for a period that has ended.",
  access: writeRule("ledger.spend", "person"),
  input: StatementReturnInput,
  output: StatementReceipt,
  errors: ["BudgetNotFound"],
  run: submitDirectPaymentStatement,
})

export const StatementDue = Schema.Struct({
  budgetId: BudgetId,
  lastStatement: Schema.optionalKey(Schema.NullOr(CalendarDate)),
  dueOn: Schema.NullOr(CalendarDate),
  overdue: Schema.Boolean,
}).annotate({ identifier: "DirectPaymentStatement" })

export const DirectPaymentStatementDue = defineUseCase({
  name: "directPaymentStatementDue",
  path: "ledger.statementDue",
  kind: "query",
  description: "When the next direct-payment statement is due, and whether it is overdue.",
  access: readRule("ledger.monitor", "person"),
  input: BudgetRef,
  output: StatementDue,
  errors: ["BudgetNotFound"],
  run: directPaymentStatementDue,
})

const AccountBalance = Schema.Struct({
  account: Schema.String,
  /** Signed: a held account is negative while money sits in it. */
  balancePence: Schema.Int,
}).annotate({ identifier: "AccountBalance" })

export const LedgerBalances = Schema.Struct({
  budgetId: BudgetId,
  accounts: Schema.Array(AccountBalance),
}).annotate({ identifier: "LedgerBalances" })

export const GetLedgerBalances = defineUseCase({
  name: "ledgerBalances",
  path: "ledger.balances",
  kind: "query",
  description: "Balances per account, funding stream and category, derived from the postings.",
  access: readRule("ledger.read", "person"),
  input: BudgetRef,
  output: LedgerBalances,
  errors: ["BudgetNotFound"],
  run: ledgerBalances,
})

const PlannedSpent = {
  plannedPence: Schema.Int,
  spentPence: Schema.Int,
  leftPence: Schema.Int,
}

export const SpendingAgainstPlan = Schema.Struct({
  budgetId: BudgetId,
  lines: Schema.Array(
    Schema.Struct({
      lineId: Schema.String,
      description: Schema.String,
      category: Schema.String,
      ...PlannedSpent,
    }).annotate({ identifier: "PlanLineSpending" }),
  ),
  categories: Schema.Array(
    Schema.Struct({ category: Schema.String, ...PlannedSpent }).annotate({
      identifier: "CategorySpending",
    }),
  ),
}).annotate({ identifier: "SpendingAgainstPlan" })

export const GetSpendingAgainstPlan = defineUseCase({
  name: "spendingAgainstPlan",
  path: "ledger.spendingAgainstPlan",
  kind: "query",
  description: "Planned, spent and left per plan line and per spending category, in pence.",
  access: readRule("ledger.read", "person"),
  input: BudgetRef,
  output: SpendingAgainstPlan,
  errors: ["BudgetNotFound"],
  run: spendingAgainstPlan,
})

/** One part of a budget by how its money is held, in pence. */
export const BudgetStatementMechanism = Schema.Struct({
  mechanism: LineDeliveryMechanism,
  plannedAnnualPence: Schema.Int.annotate({
    description: "What the approved plan's lines held this way cost a year",
  }),
  paidPence: Schema.NullOr(Schema.Int).annotate({
    description:
      "Paid in the range to whoever holds this part (the direct-payment account, the organisation), reversals netted; null for council-arranged (notional) money, which is never paid out ahead",
  }),
  spentPence: Schema.Int.annotate({
    description: "Spent in the range from the money held this way, reversals netted",
  }),
}).annotate({ identifier: "BudgetStatementMechanism" })

export const BudgetStatement = Schema.Struct({
  budgetId: BudgetId,
  from: CalendarDate,
  to: CalendarDate,
  /** The budget's mechanism: `mixed` when its lines are held in more than one way. */
  deliveryMechanism: DeliveryMechanism,
  /** Each mechanism the approved plan uses, and any other money moved under in the range. */
  byMechanism: Schema.Array(BudgetStatementMechanism),
  opening: Schema.Array(AccountBalance),
  postings: Schema.Array(Posting),
  closing: Schema.Array(AccountBalance),
}).annotate({ identifier: "BudgetStatement" })

export const GetBudgetStatement = defineUseCase({
  name: "budgetStatement",
  path: "ledger.statement",
  kind: "query",
  description:
    "Opening balances, postings and closing balances for a date range, and the budget split by delivery mechanism: planned a year, paid and spent in the range.",
  access: readRule("ledger.read", "person"),
  input: StatementInput,
  output: BudgetStatement,
  errors: ["BudgetNotFound"],
  run: budgetStatement,
})

export const LedgerHistory = defineUseCase({
  name: "ledgerHistory",
  path: "ledger.history",
  kind: "query",
  description: "Every posting of a budget, oldest first.",
  access: readRule("ledger.read", "person"),
  input: BudgetRef,
  output: Schema.Array(Posting),
  errors: ["BudgetNotFound"],
  run: ledgerHistory,
})

export const GetProviderStatement = defineUseCase({
  name: "providerStatement",
  path: "ledger.providerStatement",
  kind: "query",
  description:
    "What a provider delivered and was paid for on one budget: the plan lines it is contracted for and the spending recorded on them in a date range, nothing else of the person's. A provider reads its own; finance and the council name the provider.",
  access: readRule("provider.statement", "person"),
  input: ProviderStatementInput,
  output: ProviderStatement,
  errors: ["BudgetNotFound"],
  run: providerStatement,
})
