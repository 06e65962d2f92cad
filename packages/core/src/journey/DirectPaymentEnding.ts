import { Schema } from "effect"
import { DecisionId } from "../decisions/Decision.ts"
import { CalendarDate } from "../model/Person.ts"
import { Label, Prose } from "../model/Text.ts"

/**
 * Why direct payments stop. The Care Act (s33(4)-(5)) and the NHS (Direct Payments) Regulations
 * 2013 (reg 17) say when a council or the NHS must or may stop them; the person may also ask.
 */
export const DirectPaymentEndingReason = Schema.Literals([
  "persons-request",
  "conditions-no-longer-met",
  "condition-breached",
  "not-used-for-needs",
  "suspected-offence",
  "consent-withdrawn",
]).annotate({ identifier: "DirectPaymentEndingReason" })
export type DirectPaymentEndingReason = typeof DirectPaymentEndingReason.Type

/** The law behind each reason, in the words the notice gives the person. */
export const endingReasonText: Record<DirectPaymentEndingReason, string> = {
  "persons-request": "You asked for your direct payments to stop.",
  "conditions-no-longer-met":
    "The conditions for direct payments are no longer met, so the council must stop them (Care Act 2014 s33(4)).",
  "condition-breached":
    "A condition of the direct payments was not kept, and the council has decided to stop them (Care Act 2014 s33(5)).",
  "not-used-for-needs":
    "The direct payments were not used to meet the needs in the plan, and the council has decided to stop them (Care Act 2014 s33(5); NHS (Direct Payments) Regulations 2013 reg 17(2)).",
  "suspected-offence":
    "An offence involving the direct payments is suspected (NHS (Direct Payments) Regulations 2013 reg 17(2)).",
  "consent-withdrawn":
    "Consent to NHS direct payments was withdrawn, so they must stop (NHS (Direct Payments) Regulations 2013 reg 17(1)).",
}

/**
 * Reasons that may stop direct payments the same day; every other reason gives notice, so the
 * person is never left without support or paperwork sorted out overnight.
 */
export const mayStopAtOnce: ReadonlySet<DirectPaymentEndingReason> = new Set([
  "persons-request",
  "conditions-no-longer-met",
  "suspected-offence",
  "consent-withdrawn",
])

/** The notice when the policy does not set one: four weeks, as councils' policies give. */
export const DEFAULT_ENDING_NOTICE_DAYS = 28

/** The arrangement that keeps the support going once direct payments stop. */
export const ManagedAlternative = Schema.Struct({
  mechanism: Schema.Literals(["notional", "third-party"]),
  /** Who arranges or holds the money from then on (the council's team, a provider, a broker). */
  arrangedBy: Label,
  /** Whether the person agreed to it; the council meets eligible needs either way (s18). */
  personAgreed: Schema.Boolean,
}).annotate({ identifier: "ManagedAlternative" })
export type ManagedAlternative = typeof ManagedAlternative.Type

/** The conversation about what is left in the account, before any money goes back. */
export const UnderspendDiscussion = Schema.Struct({
  discussedOn: CalendarDate,
  withWhom: Label,
  summary: Prose,
}).annotate({ identifier: "UnderspendDiscussion" })

/** Direct payments on their way to stopping: the notice, the alternative, then the money. */
export const DirectPaymentEnding = Schema.Struct({
  reason: DirectPaymentEndingReason,
  explanation: Prose,
  noticeGivenOn: CalendarDate,
  endsOn: CalendarDate,
  /** Why it stops the same day, when it does (only for a reason that allows it). */
  immediateBecause: Schema.NullOr(Prose),
  alternative: ManagedAlternative,
  noticeDecisionId: DecisionId,
  underspend: Schema.NullOr(UnderspendDiscussion),
  /** Set when the money has been reconciled and the lines moved to the alternative. */
  completed: Schema.NullOr(
    Schema.Struct({ on: CalendarDate, returnedPence: Schema.Int, decisionId: DecisionId }),
  ),
}).annotate({ identifier: "DirectPaymentEnding" })
export type DirectPaymentEnding = typeof DirectPaymentEnding.Type
