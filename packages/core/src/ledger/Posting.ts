import { IsoInstant } from "../model/Time.ts"
import { Schema } from "effect"
import { type FundingStreamKind, LineDeliveryMechanism } from "../model/Budget.ts"
import { BudgetId, CouncilId } from "../model/Ids.ts"
import { CalendarDate } from "../model/Person.ts"
import { Label, LabelOrEmpty, MAX_LABEL_LENGTH, MAX_PROSE_LENGTH, textOf } from "../model/Text.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const PostingId = Uuid.pipe(Schema.brand("PostingId"))
export type PostingId = typeof PostingId.Type

/**
 * An account of one budget, named by a code: `source:<stream>` (the funder; may go below
 * zero), `allocated:<stream>` (allocated and not yet paid out), `held:<mechanism>:<stream>` (held
 * by a direct-payment account or a third party), `spent:<line>` (spent against a plan line),
 * `returned:<stream>` (given back to the funder), `refunded:person` (contribution refunded).
 */
export const AccountCode = Schema.String.check(
  Schema.isPattern(
    /^(source|allocated|held|spent|returned|refunded|contingency):[a-z0-9-]+(:[a-z0-9-]+)?$/,
    {
      message: "must be an account code such as allocated:council-social-care",
    },
  ),
)
export type AccountCode = typeof AccountCode.Type

/**
 * The account holding a line's money until it is spent: paid to a direct-payment account or a
 * third party, it is held there; council-arranged money stays in the allocation.
 */
export const heldAccountFor = (
  mechanism: LineDeliveryMechanism,
  stream: FundingStreamKind,
): AccountCode => (mechanism === "notional" ? `allocated:${stream}` : `held:${mechanism}:${stream}`)

const isLineDeliveryMechanism = Schema.is(LineDeliveryMechanism)

/**
 * The mechanism money in an account is held under, the reverse of `heldAccountFor`; undefined for
 * the funders', spent, returned and contingency accounts, which hold no one's part of the plan.
 */
export const mechanismOfAccount = (account: string): LineDeliveryMechanism | undefined => {
  const [kind, mechanism] = account.split(":")
  if (kind === "allocated") return "notional"
  return kind === "held" && isLineDeliveryMechanism(mechanism) ? mechanism : undefined
}

/** Accounts whose balance may never fall below zero: money cannot be paid out of nothing. */
export const mustStayNonNegative = (account: string): boolean =>
  account.startsWith("allocated:") || account.startsWith("held:")

/** One line of a posting: a positive amount debits the account, a negative one credits it. */
export const Entry = Schema.Struct({
  account: AccountCode,
  amountPence: Schema.Int.check(
    Schema.makeFilter((n: number) => n !== 0, { message: "an entry of zero pence says nothing" }),
  ),
}).annotate({ identifier: "LedgerEntry" })
export type Entry = typeof Entry.Type

export const PostingKind = Schema.Literals([
  "allocation",
  "payment",
  "spending",
  "contingency-draw",
  "recovery",
  "refund",
  "reconciliation",
  "reversal",
]).annotate({ identifier: "PostingKind" })
export type PostingKind = typeof PostingKind.Type

/** What a posting records beyond its entries: for a spending record, payee, plan line, category, receipt. */
export const PostingDetails = Schema.Struct({
  payee: Schema.optionalKey(Label),
  lineId: Schema.optionalKey(Label),
  category: Schema.optionalKey(Label),
  receiptReference: Schema.optionalKey(Schema.NullOr(LabelOrEmpty)),
}).annotate({ identifier: "PostingDetails" })
export type PostingDetails = typeof PostingDetails.Type

/**
 * What a posting says it is: a person's note, or the ledger's own words around one ("Reversal:
 * " and the reason, a manager's reason after a recovery's), so up to a label longer than a note.
 */
export const PostingMemo = textOf({
  maxLength: MAX_PROSE_LENGTH + MAX_LABEL_LENGTH,
  lineBreaks: true,
  mayBeEmpty: true,
})

/** A balanced set of entries (debits equal credits), never edited: a reversal undoes it. */
export class Posting extends Schema.Class<Posting>("@openpb/core/Posting")({
  id: PostingId,
  councilId: CouncilId,
  budgetId: BudgetId,
  kind: PostingKind,
  idempotencyKey: Schema.NonEmptyString,
  entries: Schema.Array(Entry),
  effectiveDate: CalendarDate,
  memo: PostingMemo,
  details: PostingDetails,
  reverses: Schema.NullOr(PostingId),
  decisionId: Schema.NullOr(Schema.String),
  createdAt: IsoInstant,
  createdBy: Schema.String,
}) {}

export const isBalanced = (entries: ReadonlyArray<Entry>): boolean =>
  entries.length >= 2 && entries.reduce((sum, e) => sum + e.amountPence, 0) === 0

/** Balances by account from entries: the only source of truth is the postings. */
export const balancesOf = (
  postings: ReadonlyArray<Pick<Posting, "entries">>,
): Map<string, number> => {
  const balances = new Map<string, number>()
  for (const posting of postings) {
    for (const entry of posting.entries)
      balances.set(entry.account, (balances.get(entry.account) ?? 0) + entry.amountPence)
  }
  return balances
}
