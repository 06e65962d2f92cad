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
  "review-outcome",
  "contingency",
  "clawback",
  "suspension",
  "resumption",
  "ending",
  "challenge-outcome",
])
export type DecisionKind = typeof DecisionKind.Type

/** Which policy made a decision, so it can be explained and re-run later. */
export const PolicyRef = Schema.Struct({
  id: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
})
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
})
export type Reason = typeof Reason.Type

/** How, and by when, the person or their carer can contest a decision. */
export const ChallengeRoute = Schema.Struct({
  how: Schema.NonEmptyString,
  deadline: CalendarDate,
})
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
  subjectType: Schema.Literals(["journey", "budget", "challenge"]),
  subjectId: Schema.String,
  kind: DecisionKind,
  /** The kind's outcome, e.g. eligible / not-eligible, approved / rejected. */
  outcome: Schema.NonEmptyString,
  reasons: Schema.NonEmptyArray(Reason),
  policy: PolicyRef,
  /** A snapshot of exactly what the policy saw, so the decision can be replayed. */
  inputs: Schema.Record(Schema.String, Schema.Unknown),
  /** Amounts the decision set, in pence, when it set any (e.g. the indicative budget). */
  amounts: Schema.Record(Schema.String, Schema.Int),
  confirmedBy: Schema.NonEmptyString,
  madeAt: Schema.String,
  challenge: ChallengeRoute,
  supersedes: Schema.NullOr(DecisionId),
}) {}
