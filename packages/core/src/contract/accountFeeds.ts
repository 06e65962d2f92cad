import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { AccountTransaction } from "../ledger/AccountTransaction.ts"
import {
  AccountImportResult,
  AccountTransactionsQueueInput,
  accountTransactionsQueue,
  ImportAccountTransactionsInput,
  importAccountTransactions,
  MatchAccountTransactionInput,
  matchAccountTransaction,
} from "../ledger/accountTransactions.ts"
import { PageOf } from "./Page.ts"
import { defineUseCase } from "./UseCase.ts"

export const ImportAccountTransactions = defineUseCase({
  name: "importAccountTransactions",
  path: "ledger.importAccountTransactions",
  kind: "command",
  description:
    "Imports a direct-payment account's statement (a bank's CSV with its columns named, OFX, ISO 20022 camt.053, or a prepaid-card provider's CSV) for a budget: a transaction seen before adds nothing, a pending card transaction later settled is updated in place, and each payment out is matched to a plan line by the monitoring rules and posted as spending, or queued for a person. A file that cannot be read is refused whole, line by line, and nothing is written.",
  access: writeRule("ledger.account-feed", "person"),
  input: ImportAccountTransactionsInput,
  output: AccountImportResult,
  errors: ["BudgetNotFound", "MissingStep"],
  run: importAccountTransactions,
})

export const AccountTransactionsQueue = defineUseCase({
  name: "accountTransactionsQueue",
  path: "ledger.accountTransactionsQueue",
  kind: "query",
  description:
    "The budget's payments out of its direct-payment account that no monitoring rule matched, oldest first, each with why, for someone to match to a plan line.",
  access: readRule("ledger.account-feed", "person"),
  input: AccountTransactionsQueueInput,
  output: PageOf(AccountTransaction, "AccountTransactionPage"),
  errors: ["BudgetNotFound"],
  graphql: { connection: true },
  run: accountTransactionsQueue,
})

export const MatchAccountTransaction = defineUseCase({
  name: "matchAccountTransaction",
  path: "ledger.matchAccountTransaction",
  kind: "command",
  description:
    "Matches a queued payment out of a direct-payment account to a line of the approved plan by hand and posts it as spending on that line, once.",
  access: writeRule("ledger.account-feed", "person"),
  input: MatchAccountTransactionInput,
  output: AccountTransaction,
  errors: [
    "BudgetNotFound",
    "MissingStep",
    "BudgetNotOpen",
    "InsufficientFunds",
    "IdempotencyConflict",
  ],
  run: matchAccountTransaction,
})
