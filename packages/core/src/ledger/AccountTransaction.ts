import { Context, Schema } from "effect"
import { SpendingCategory } from "../journey/SupportPlan.ts"
import { BudgetId } from "../model/Ids.ts"
import { SignedPence } from "../model/Money.ts"
import { CalendarDate } from "../model/Person.ts"
import { IsoInstant } from "../model/Time.ts"
import { Label, LabelOrEmpty } from "../model/Text.ts"
import { PostingId } from "./Posting.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const AccountTransactionId = Uuid.pipe(Schema.brand("AccountTransactionId"))
export type AccountTransactionId = typeof AccountTransactionId.Type

/**
 * The statement formats a direct-payment account's transactions are read from: a bank's CSV
 * export (its columns named by the importer), OFX, ISO 20022 camt.053, and a prepaid-card
 * provider's transaction CSV (with merchant category codes).
 */
export const AccountFeedFormat = Schema.Literals([
  "bank-csv",
  "ofx",
  "camt053",
  "card-csv",
]).annotate({ identifier: "AccountFeedFormat" })
export type AccountFeedFormat = typeof AccountFeedFormat.Type

/** A booked transaction has left (or reached) the account; a pending one is a card authorisation. */
export const AccountTransactionStatus = Schema.Literals(["booked", "pending"]).annotate({
  identifier: "AccountTransactionStatus",
})
export type AccountTransactionStatus = typeof AccountTransactionStatus.Type

/** A card scheme's merchant category code (ISO 18245): four digits. */
export const MerchantCategoryCode = Schema.String.check(
  Schema.isPattern(/^\d{4}$/, { message: "must be a four-digit merchant category code" }),
)

/** Longest payee or reference kept from a statement: enough to recognise the payment, no more. */
export const MONITORING_TEXT_LENGTH = 70

/**
 * A statement's free text cut to what monitoring needs (who was paid, a short reference): spaces
 * collapsed, any run of six or more digits (an account, card or sort-code number, a phone number)
 * masked, and at most `MONITORING_TEXT_LENGTH` characters. The council keeps no more of the
 * holder's statement than the monitoring duty calls for (UK GDPR art. 5(1)(c), data minimisation).
 */
export const monitoringText = (text: string): string =>
  text
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/\d[\d -]{4,}\d/g, (run) => (run.replace(/\D/g, "").length >= 6 ? "••••" : run))
    .trim()
    .slice(0, MONITORING_TEXT_LENGTH)
    .trim()

/** One transaction as a statement gives it, before it is stored. */
export const FeedTransaction = Schema.Struct({
  /** The statement's own id for it (FITID, AcctSvcrRef, the card provider's id), kept as text. */
  sourceId: Label,
  status: AccountTransactionStatus,
  /** The booking date; for a pending card transaction, the day it was authorised. */
  bookingDate: CalendarDate,
  /** Money out of the account below zero, money in above. */
  amountPence: SignedPence,
  /** Who was paid or who paid in, cut to `monitoringText`. */
  counterparty: LabelOrEmpty,
  merchantCategoryCode: Schema.optionalKey(MerchantCategoryCode),
  /** The statement's reference or memo, cut to `monitoringText`. */
  reference: LabelOrEmpty,
}).annotate({ identifier: "FeedTransaction" })
export type FeedTransaction = typeof FeedTransaction.Type

/**
 * Where a stored transaction stands: `pending` until the card provider settles it; a booked
 * debit `matched` to a plan line (and posted as spending) or `queued` for someone to match by
 * hand; money in, or a booked transaction of nothing, is `not-spending`.
 */
export const AccountTransactionState = Schema.Literals([
  "pending",
  "queued",
  "matched",
  "not-spending",
]).annotate({ identifier: "AccountTransactionState" })
export type AccountTransactionState = typeof AccountTransactionState.Type

/** A transaction of a budget's direct-payment account, as the council keeps it. */
export const AccountTransaction = Schema.Struct({
  id: AccountTransactionId,
  budgetId: BudgetId,
  source: AccountFeedFormat,
  ...FeedTransaction.fields,
  state: AccountTransactionState,
  lineId: Schema.NullOr(Label),
  category: Schema.NullOr(SpendingCategory),
  /** The spending posting a matched debit became. */
  postingId: Schema.NullOr(PostingId),
  /** The rule that matched it (`policy-id@version: criterion`), or `by <subject>` when matched by hand. */
  matchedBy: Schema.NullOr(LabelOrEmpty),
  /** Why a queued transaction was not matched, in words. */
  queueReason: Schema.NullOr(LabelOrEmpty),
  importedAt: IsoInstant,
  updatedAt: IsoInstant,
}).annotate({ identifier: "AccountTransaction" })
export type AccountTransaction = typeof AccountTransaction.Type

const ColumnName = Label.annotate({
  description: "A column's name as the file's header row gives it.",
})

/**
 * Which columns of a bank's CSV export hold what. Banks differ: some give one signed amount,
 * some a debit (paid out) and a credit (paid in) column; a transaction id column is rare, and
 * without one a row's id is made from its own content (date, amount, payee, reference and how
 * many identical rows came before it), the same each time the same file is read.
 */
export const BankCsvColumns = Schema.Struct({
  date: ColumnName,
  /** How the date column writes a day (default `YYYY-MM-DD`). */
  dateFormat: Schema.optionalKey(Schema.Literals(["YYYY-MM-DD", "DD/MM/YYYY"])),
  /** One signed amount (money out below zero); or give `debit` and `credit`. */
  amount: Schema.optionalKey(ColumnName),
  debit: Schema.optionalKey(ColumnName),
  credit: Schema.optionalKey(ColumnName),
  payee: ColumnName,
  reference: Schema.optionalKey(ColumnName),
  id: Schema.optionalKey(ColumnName),
})
  .check(
    Schema.makeFilter((c: { amount?: string; debit?: string; credit?: string }) =>
      (c.amount === undefined) !== (c.debit === undefined || c.credit === undefined)
        ? undefined
        : "name either an amount column or both a debit and a credit column",
    ),
  )
  .annotate({ identifier: "BankCsvColumns" })
export type BankCsvColumns = typeof BankCsvColumns.Type

/** Something in a statement file that cannot be read, with the line it is on (1 for the file as a whole). */
export interface FeedProblem {
  readonly line: number
  readonly problem: string
}

/** What an adapter reads from a file: every transaction, or what stops it being read. */
export type ParsedFeed =
  | { readonly _tag: "Read"; readonly transactions: ReadonlyArray<FeedTransaction> }
  | {
      readonly _tag: "Unreadable"
      readonly problems: readonly [FeedProblem, ...Array<FeedProblem>]
    }

/**
 * The port a statement format's reader implements: pure, from the file's text to its
 * transactions (decoded against `FeedTransaction`) or the problems with their line numbers.
 * Business rules (what a transaction is spent on, whether it is new) are core's, not the reader's.
 */
export interface AccountFeedAdapter {
  readonly format: AccountFeedFormat
  parse(text: string, columns: BankCsvColumns | undefined): ParsedFeed
}

/** The statement readers a deployment installs; a format with none is refused by name. */
export class AccountFeeds extends Context.Service<
  AccountFeeds,
  { readonly adapters: ReadonlyArray<AccountFeedAdapter> }
>()("@openpb/core/AccountFeeds") {}
