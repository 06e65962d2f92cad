import { Effect, Option, Schema } from "effect"
import { approvedLinesOf } from "../journey/approvedLines.ts"
import { MissingStep } from "../journey/JourneyErrors.ts"
import { type PlanLine, SpendingCategory } from "../journey/SupportPlan.ts"
import { CurrentActor } from "../model/Actor.ts"
import type { Budget } from "../model/Budget.ts"
import { InvalidInput } from "../model/Errors.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type Page,
  PageRequest,
} from "../model/Page.ts"
import { Label, Prose } from "../model/Text.ts"
import { AccountTransactionRepository } from "../ports/AccountTransactionRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { DirectPaymentMonitoringPolicy } from "../policies/DirectPaymentMonitoringPolicy.ts"
import {
  AccountFeedFormat,
  AccountFeeds,
  type AccountTransaction,
  AccountTransactionId,
  BankCsvColumns,
  type FeedProblem,
  FeedTransaction,
} from "./AccountTransaction.ts"
import { budgetForLedger } from "./post.ts"
import { postSpending, SpendingInput } from "./usecases.ts"

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

export const ImportAccountTransactionsInput = Schema.Struct({
  budgetId: BudgetId,
  format: AccountFeedFormat,
  fileText: Prose.annotate({
    description:
      "The statement file's text, as exported: a bank's CSV, OFX, ISO 20022 camt.053 XML, or a prepaid-card provider's transaction CSV.",
  }),
  /** For `bank-csv` only: which of its columns hold what. */
  columns: Schema.optionalKey(BankCsvColumns),
})
export type ImportAccountTransactionsInput = typeof ImportAccountTransactionsInput.Encoded

export const AccountImportResult = Schema.Struct({
  /** Transactions new to the budget. */
  added: Count,
  /** Pending card transactions settled (or changed while pending), updated in place. */
  updated: Count,
  /** Transactions seen in an earlier import, left as they were. */
  unchanged: Count,
  /** Payments out this import matched to a plan line and posted as spending. */
  matched: Count,
  /** Payments out this import left for someone to match by hand. */
  queued: Count,
  /** Transactions of the file left as they were, and why. */
  problems: Schema.Array(Schema.Struct({ sourceId: Label, problem: Prose })),
}).annotate({ identifier: "AccountImportResult" })
export type AccountImportResult = typeof AccountImportResult.Type

/** A file that cannot be read is refused whole, each problem at its line; nothing is written. */
const unreadable = (problems: ReadonlyArray<FeedProblem>) =>
  new InvalidInput({
    message: `Invalid input: fileText: ${problems
      .slice(0, 5)
      .map((p) => `line ${p.line}: ${p.problem}`)
      .join("; ")}${problems.length > 5 ? `; and ${problems.length - 5} more` : ""}`,
    issues: problems.map((p) => ({ path: ["fileText", `line ${p.line}`], message: p.problem })),
  })

const decodeFeed = Schema.decodeUnknownResult(Schema.Array(FeedTransaction))

/** The lines of the budget's approved plan paid from the direct-payment account. */
const directPaymentLines = Effect.fnUntraced(function* (budget: Budget) {
  const journeys = yield* JourneyRepository
  const journey = (yield* journeys.listForPerson(budget.councilId, budget.personId)).find(
    (j) => j.budgetId === budget.id,
  )
  if (journey === undefined)
    return yield* new MissingStep({ journeyId: "", missing: "the budget's journey" })
  return approvedLinesOf(journey).filter((line) => line.deliveryMechanism === "direct-payment")
})

/**
 * Posts a payment out of the account as spending on a line, through the one spending path, once:
 * the posting's key is the transaction's own id, so a retry or a re-import never posts it twice.
 */
const spend = Effect.fnUntraced(function* (
  budget: Budget,
  transaction: AccountTransaction,
  line: PlanLine,
  category: SpendingCategory,
) {
  const input = yield* decodeInput(SpendingInput)({
    budgetId: budget.id,
    idempotencyKey: `account-tx:${transaction.id}`,
    lineId: line.id,
    category,
    stream: line.fundingStream,
    mechanism: line.deliveryMechanism,
    amountPence: -transaction.amountPence,
    date: transaction.bookingDate,
    payee:
      transaction.counterparty === "" ? "(no payee on the statement)" : transaction.counterparty,
    receiptReference: transaction.reference,
    note: `Paid from the direct-payment account: ${transaction.counterparty || "no payee"}${transaction.reference === "" ? "" : ` (${transaction.reference})`}`,
  })
  return yield* postSpending(budget, input)
})

/**
 * Matches one booked payment out by the monitoring policy's rules and posts it as spending; one
 * no rule recognises, or whose posting the ledger refuses (no money held for the line, a date
 * before the budget started), is queued with the reason, for someone to match by hand.
 */
const matchByRules = Effect.fnUntraced(function* (
  budget: Budget,
  lines: ReadonlyArray<PlanLine>,
  transaction: AccountTransaction,
) {
  const policy = yield* DirectPaymentMonitoringPolicy
  const repository = yield* AccountTransactionRepository
  const queue = (reason: string) =>
    repository
      .saveMatching({ ...transaction, state: "queued", queueReason: reason }, budget.councilId)
      .pipe(Effect.as("queued" as const))
  if (policy.matchTransaction === undefined)
    return yield* queue("This council's monitoring policy has no matching rules.")
  const match = yield* policy.matchTransaction({
    transaction: {
      counterparty: transaction.counterparty,
      reference: transaction.reference,
      amountPence: -transaction.amountPence,
      ...(transaction.merchantCategoryCode === undefined
        ? {}
        : { merchantCategoryCode: transaction.merchantCategoryCode }),
    },
    lines: lines.map((l) => ({
      id: l.id,
      description: l.description,
      category: l.category,
      provider: l.provider,
    })),
  })
  if (match === undefined) return yield* queue("No matching rule recognised the payee or merchant.")
  const line = lines.find((l) => l.id === match.lineId)
  if (line === undefined)
    return yield* queue(
      `The rule named line ${match.lineId}, which is not a direct-payment line of the approved plan.`,
    )
  const posted = yield* spend(budget, transaction, line, match.category).pipe(
    Effect.map((posting) => ({ posting })),
    Effect.catchTags({
      InsufficientFunds: (e) => Effect.succeed({ refused: e.message }),
      BudgetNotOpen: (e) => Effect.succeed({ refused: e.message }),
      InvalidInput: (e) => Effect.succeed({ refused: e.message }),
      IdempotencyConflict: (e) => Effect.succeed({ refused: e.message }),
    }),
  )
  if ("refused" in posted)
    return yield* queue(
      `Matched to line ${line.id}, but the ledger refused it: ${posted.refused}`.slice(0, 200),
    )
  const rule = match.reasons.find((r) => r.met === true) ?? match.reasons[0]
  yield* repository.saveMatching(
    {
      ...transaction,
      state: "matched",
      lineId: line.id,
      category: match.category,
      postingId: posted.posting.id,
      matchedBy: `${match.policy.id}@${match.policy.version}: ${rule.criterion}`.slice(0, 200),
      queueReason: null,
    },
    budget.councilId,
  )
  return "matched" as const
})

/**
 * Imports a direct-payment account's statement for a budget, in one transaction: a file that
 * cannot be read is refused whole with its lines' problems and nothing is written. A transaction
 * seen before adds nothing; a pending card transaction later settled is updated in place. Each
 * new booked payment out is matched to a plan line by the monitoring policy's rules and posted as
 * spending (so the balance, and the surplus check reading it, count it), or queued for a person.
 */
export const importAccountTransactions = Effect.fn("importAccountTransactions")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(ImportAccountTransactionsInput)(raw)
  const feeds = Option.getOrUndefined(yield* Effect.serviceOption(AccountFeeds))
  const repository = yield* AccountTransactionRepository
  const events = yield* EventLog
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      // Access first: someone who may not monitor the budget learns nothing about the file.
      const budget = yield* budgetForLedger(input.budgetId, "ledger.account-feed")
      const adapter = feeds?.adapters.find((a) => a.format === input.format)
      if (adapter === undefined)
        return yield* invalidAt(
          ["format"],
          `this deployment has no reader for ${input.format} statements`,
        )
      if (input.format === "bank-csv" && input.columns === undefined)
        return yield* invalidAt(["columns"], "a bank's CSV needs its columns named")
      const parsed = adapter.parse(input.fileText, input.columns)
      if (parsed._tag === "Unreadable") return yield* unreadable(parsed.problems)
      // The reader is a plugin's: what it gives is checked like any other input.
      const decoded = decodeFeed(parsed.transactions)
      if (decoded._tag === "Failure")
        return yield* unreadable([
          {
            line: 1,
            problem: `the reader gave a transaction that is not one: ${decoded.failure.message}`,
          },
        ])
      const lines = yield* directPaymentLines(budget)
      const counts = { added: 0, updated: 0, unchanged: 0, matched: 0, queued: 0 }
      const problems: Array<{ sourceId: string; problem: string }> = []
      for (const transaction of decoded.success) {
        const state =
          transaction.status === "pending"
            ? "pending"
            : transaction.amountPence < 0
              ? "queued"
              : "not-spending"
        const result = yield* repository.upsert(
          budget.councilId,
          budget.id,
          input.format,
          transaction,
          state,
        )
        if (result.outcome === "refused") {
          problems.push({
            sourceId: transaction.sourceId,
            problem: `Already booked as ${result.stored.amountPence} pence on ${result.stored.bookingDate}; a booked transaction is not changed by a later file.`,
          })
          continue
        }
        counts[result.outcome]++
        const stored = result.stored
        if (
          result.outcome !== "unchanged" &&
          stored.state === "queued" &&
          stored.postingId === null
        )
          counts[yield* matchByRules(budget, lines, stored)]++
      }
      // A file read again changes nothing, so it records nothing (the audit trail has the call).
      if (counts.added + counts.updated + problems.length > 0)
        yield* events.append({
          councilId: budget.councilId,
          type: "AccountTransactionsImported",
          aggregateType: "Budget",
          aggregateId: budget.id,
          actorSubject: actor.subject,
          payload: { format: input.format, ...counts, refused: problems.length },
        })
      return { ...counts, problems }
    }),
  )
})

export const AccountTransactionsQueueInput = Schema.Struct({
  budgetId: BudgetId,
  ...PageRequest.fields,
})
export type AccountTransactionsQueueInput = typeof AccountTransactionsQueueInput.Encoded

/** The budget's payments out that no rule matched, oldest first, for someone to match by hand. */
export const accountTransactionsQueue = Effect.fn("accountTransactionsQueue")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(AccountTransactionsQueueInput)(raw)
  const repository = yield* AccountTransactionRepository
  const budget = yield* budgetForLedger(input.budgetId, "ledger.account-feed")
  let after: { bookingDate: string; id: string } | undefined
  if (input.after !== undefined) {
    const [bookingDate, id] = (decodeCursor(input.after) ?? "").split("|")
    if (bookingDate === undefined || id === undefined || !Schema.is(AccountTransactionId)(id))
      return yield* invalidAt(["after"], "must be a cursor returned by a previous page")
    after = { bookingDate, id }
  }
  const limit = input.first ?? DEFAULT_PAGE_SIZE
  const rows = yield* repository.queued(budget.councilId, budget.id, after, limit + 1)
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const page: Page<AccountTransaction> = {
    items,
    endCursor: last === undefined ? null : encodeCursor(`${last.bookingDate}|${last.id}`),
    hasNextPage: rows.length > limit,
  }
  return page
})

export const MatchAccountTransactionInput = Schema.Struct({
  budgetId: BudgetId,
  transactionId: AccountTransactionId,
  /** A direct-payment line of the budget's approved plan. */
  lineId: Label,
  /** The spending category, when not the line's own. */
  category: Schema.optionalKey(SpendingCategory),
})
export type MatchAccountTransactionInput = typeof MatchAccountTransactionInput.Encoded

/**
 * Matches a queued payment out to a plan line by hand and posts it as spending, once: the ledger's
 * refusal (no money held for the line, say) comes back as its own error and nothing changes.
 */
export const matchAccountTransaction = Effect.fn("matchAccountTransaction")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(MatchAccountTransactionInput)(raw)
  const repository = yield* AccountTransactionRepository
  const events = yield* EventLog
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.account-feed")
      const found = yield* repository.findById(budget.councilId, input.transactionId)
      if (Option.isNone(found) || found.value.budgetId !== budget.id)
        return yield* invalidAt(["transactionId"], "must be a transaction of this budget's account")
      const transaction = found.value
      if (transaction.state !== "queued")
        return yield* invalidAt(
          ["transactionId"],
          `must be a payment waiting to be matched; this one is ${transaction.state}`,
        )
      const line = (yield* directPaymentLines(budget)).find((l) => l.id === input.lineId)
      if (line === undefined)
        return yield* invalidAt(["lineId"], "must be a direct-payment line of the approved plan")
      const category = input.category ?? line.category
      const posting = yield* spend(budget, transaction, line, category)
      const matched: AccountTransaction = {
        ...transaction,
        state: "matched",
        lineId: line.id,
        category,
        postingId: posting.id,
        matchedBy: `by ${actor.subject}`.slice(0, 200),
        queueReason: null,
      }
      const saved = yield* repository.saveMatching(matched, budget.councilId)
      yield* events.append({
        councilId: budget.councilId,
        type: "AccountTransactionMatched",
        aggregateType: "Budget",
        aggregateId: budget.id,
        actorSubject: actor.subject,
        payload: {
          transactionId: transaction.id,
          lineId: line.id,
          category,
          postingId: posting.id,
        },
      })
      return saved
    }),
  )
})
