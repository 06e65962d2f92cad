import { Effect, Schema } from "effect"
import { authorizeDecisionRead } from "../access/finances.ts"
import { decodeInput } from "../model/Input.ts"
import { DecisionReplay, ReplayAgainst } from "../ports/DecisionReplay.ts"
import { DecisionId } from "./Decision.ts"
import { findDecision } from "./usecases.ts"

export const ReplayDecisionInput = Schema.Struct({
  decisionId: DecisionId,
  /** `recorded` (the default): the plugin version that decided; `current`: today's plugins. */
  against: Schema.optionalKey(ReplayAgainst),
})
export type ReplayDecisionInput = typeof ReplayDecisionInput.Encoded

/**
 * Re-runs a decision from its frozen inputs: under the version that made it (it must come out
 * the same) or under today's rules (what would differ, and why). Reads only; nothing is written.
 */
export const replayDecision = Effect.fn("replayDecision")(function* (raw: unknown) {
  const input = yield* decodeInput(ReplayDecisionInput)(raw)
  const decision = yield* findDecision(input.decisionId)
  yield* authorizeDecisionRead("decision.read", decision)
  const replay = yield* DecisionReplay
  return yield* replay.replay(decision, input.against ?? "recorded")
})
