import { IsoInstant } from "../model/Time.ts"
import { Schema } from "effect"
import { CouncilId, PersonId } from "../model/Ids.ts"
import { CalendarDate } from "../model/Person.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const DecisionId = Uuid.pipe(Schema.brand("DecisionId"))
export type DecisionId = typeof DecisionId.Type

export const DecisionKind = Schema.Literals([
  "eligibility",
  "carer-eligibility",
  "financial-assessment",
  "indicative-budget",
  "plan-approval",
  "plan-line-refusal",
  "review-outcome",
  "contingency",
  "clawback",
  "suspension",
  "resumption",
  "ending",
  "direct-payment-ending",
  "challenge-outcome",
]).annotate({ identifier: "DecisionKind" })
export type DecisionKind = typeof DecisionKind.Type

/** What each kind of decision came to; a kind uses only its own outcomes. */
export const DecisionOutcome = Schema.Literals([
  // eligibility, carer-eligibility
  "eligible",
  "not-eligible",
  // financial-assessment
  "contribution",
  "no-contribution",
  // indicative-budget
  "indicative-amount-set",
  // plan-approval
  "approved",
  "rejected",
  // plan-line-refusal: one line of an approved plan refused (NHS: a service not included), or
  // put back on a challenge that succeeds
  "line-refused",
  "line-reinstated",
  // review-outcome
  "continue",
  "revise-plan",
  "change-amount",
  "change-mechanism",
  "reassess",
  "end",
  // contingency
  "uplift-applied",
  "uplift-refused",
  // clawback (direct-payment monitoring)
  "none",
  "proposed-recovery",
  "proposed-offset",
  "refund-contribution",
  "explained-by-suspension",
  // suspension, resumption
  "suspended",
  "resumed",
  // direct-payment-ending: notice given, then the money reconciled and the lines moved
  "notice-given",
  "direct-payments-ended",
  "notice-withdrawn",
  // ending: the reason it ended
  "goals-reached-moving-on",
  "moved-away",
  "persons-choice",
  "died",
  "no-longer-eligible",
  "other",
  // challenge-outcome, in the complaints regulations' words: upheld = the person's challenge
  // succeeds (in part: partly-upheld); not-upheld = the decision stands
  "upheld",
  "partly-upheld",
  "not-upheld",
]).annotate({ identifier: "DecisionOutcome" })
export type DecisionOutcome = typeof DecisionOutcome.Type

/** Which policy made a decision, so it can be explained and re-run later. */
export const PolicyRef = Schema.Struct({
  id: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
}).annotate({ identifier: "PolicyRef" })
export type PolicyRef = typeof PolicyRef.Type

/**
 * One reason per criterion, in plain words: what was tested (`criterion`, a stable code such as
 * `care-act/reg-2/1/b`), whether it was met (null where the criterion is informational), and
 * the sentence a person reads.
 */
export const Reason = Schema.Struct({
  criterion: Schema.NonEmptyString,
  met: Schema.NullOr(Schema.Boolean),
  text: Schema.NonEmptyString,
}).annotate({ identifier: "Reason" })
export type Reason = typeof Reason.Type

/**
 * Something about a decision a manager must look at before it takes effect, for a work queue or a
 * manager to filter on. `late-monitoring`: a surplus proposal about money the council let sit
 * longer than its monitoring limit (the ombudsman finds fault in questioning spending late), so
 * recovering it needs a manager's confirmation.
 */
export const DecisionFlag = Schema.Literals(["late-monitoring"]).annotate({
  identifier: "DecisionFlag",
})
export type DecisionFlag = typeof DecisionFlag.Type

/**
 * One line of the itemised explanation of an amount: a question's points, a domain's pounds, a
 * deduction, a floor, a cap, a contingency. The resource allocation policy gives them; the
 * indicative decision keeps every one, so the amount can be read, checked and challenged line
 * by line.
 */
export const AllocationItem = Schema.Struct({
  label: Schema.NonEmptyString,
  points: Schema.NullOr(Schema.Int),
  amountPence: Schema.NullOr(Schema.Int),
  text: Schema.NonEmptyString,
}).annotate({ identifier: "AllocationItem" })
export type AllocationItem = typeof AllocationItem.Type

/** How, and by when, the person or their carer can contest a decision. */
export const ChallengeRoute = Schema.Struct({
  how: Schema.NonEmptyString,
  deadline: CalendarDate,
  /** The routes open to the person (a council complaint, an NHS reconsideration...). */
  routes: Schema.optionalKey(Schema.Array(Schema.NonEmptyString)),
  /** The rules that set the deadline, in plain words with their citations. */
  basis: Schema.optionalKey(Schema.Array(Schema.NonEmptyString)),
}).annotate({ identifier: "ChallengeRoute" })
export type ChallengeRoute = typeof ChallengeRoute.Type

/**
 * A first-class, immutable record of a determination that affects a person. It is never
 * edited: a new decision supersedes it.
 */
export class Decision extends Schema.Class<Decision>("@openpb/core/Decision")({
  id: DecisionId,
  councilId: CouncilId,
  personId: PersonId,
  /** The journey or budget the decision belongs to. */
  subjectType: Schema.Literals(["journey", "budget", "challenge"]).annotate({
    identifier: "DecisionSubject",
  }),
  subjectId: Schema.String,
  kind: DecisionKind,
  /** The kind's outcome, e.g. eligible / not-eligible, approved / rejected. */
  outcome: DecisionOutcome,
  reasons: Schema.NonEmptyArray(Reason),
  policy: PolicyRef,
  /** A snapshot of exactly what the policy saw, so the decision can be replayed. */
  inputs: Schema.Record(Schema.String, Schema.Unknown),
  /** Amounts the decision set, in pence, when it set any (e.g. the indicative budget). */
  amounts: Schema.Record(Schema.String, Schema.Int).annotate({ identifier: "DecisionAmount" }),
  confirmedBy: Schema.NonEmptyString,
  madeAt: IsoInstant,
  challenge: ChallengeRoute,
  supersedes: Schema.NullOr(DecisionId),
  /** What a manager must look at before the decision takes effect (none for most decisions). */
  flags: Schema.Array(DecisionFlag),
  /** The amount's itemised lines, for a decision that set an amount by them (none otherwise). */
  allocation: Schema.Array(AllocationItem),
}) {}
