import { Context, type Effect, Schema } from "effect"
import {
  type Decision,
  DecisionId,
  DecisionKind,
  PolicyRef,
  Reason,
} from "../decisions/Decision.ts"

/** Which rules a replay runs: the exact plugin version that decided, or today's. */
export const ReplayAgainst = Schema.Literals(["recorded", "current"]).annotate({
  identifier: "ReplayAgainst",
})
export type ReplayAgainst = typeof ReplayAgainst.Type

/** One field where the re-run differs from the record, each side in words. */
export const ReplayDifference = Schema.Struct({
  field: Schema.NonEmptyString,
  recorded: Schema.NullOr(Schema.String),
  replayed: Schema.NullOr(Schema.String),
}).annotate({ identifier: "ReplayDifference" })
export type ReplayDifference = typeof ReplayDifference.Type

/**
 * A decision re-run from its frozen inputs: whether it came out the same and, field by field,
 * where it did not, with both explanations in full.
 */
export const ReplayResult = Schema.Struct({
  decisionId: DecisionId,
  kind: DecisionKind,
  against: ReplayAgainst,
  recordedWith: PolicyRef,
  replayedWith: PolicyRef,
  /** True when the re-run gives the same outcome, amounts and reasons. */
  same: Schema.Boolean,
  recordedOutcome: Schema.String,
  replayedOutcome: Schema.String,
  differences: Schema.Array(ReplayDifference),
  recordedReasons: Schema.Array(Reason),
  replayedReasons: Schema.Array(Reason),
}).annotate({ identifier: "ReplayResult" })
export type ReplayResult = typeof ReplayResult.Type

/** A decision cannot be re-run: a person made it, or the plugin version is no longer kept. */
export class ReplayUnavailable extends Schema.TaggedError<ReplayUnavailable>()(
  "ReplayUnavailable",
  { decisionId: Schema.String, reason: Schema.String },
) {
  override get message() {
    return `Decision ${this.decisionId} cannot be replayed: ${this.reason}`
  }
}

/**
 * Re-runs a stored decision under the deployment's plugins: the deployment knows which plugin
 * versions it keeps, so it provides this with its policies.
 */
export class DecisionReplay extends Context.Service<
  DecisionReplay,
  {
    replay(
      decision: Decision,
      against: ReplayAgainst,
    ): Effect.Effect<ReplayResult, ReplayUnavailable>
  }
>()("@openpb/core/DecisionReplay") {}
