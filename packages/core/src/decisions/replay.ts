import { Effect, Schema } from "effect"
import { authorizeDecisionRead } from "../access/finances.ts"
import { decodeInput } from "../model/Input.ts"
import { DecisionReplay, ReplayAgainst, type ReplayResult } from "../ports/DecisionReplay.ts"
import { inCouncilWords } from "../glossary/Glossary.ts"
import { councilGlossary } from "../glossary/usecases.ts"
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
  const result = yield* replay.replay(decision, input.against ?? "recorded")
  // Compared in the policy's own words; shown, like the decision itself, in the council's.
  const glossary = yield* councilGlossary
  const words = (text: string) => inCouncilWords(text, glossary)
  const reasons = (list: ReplayResult["recordedReasons"]) =>
    list.map((reason) => ({ ...reason, text: words(reason.text) }))
  const shown: ReplayResult = {
    ...result,
    differences: result.differences.map((d) => ({
      ...d,
      recorded: d.recorded === null ? null : words(d.recorded),
      replayed: d.replayed === null ? null : words(d.replayed),
    })),
    recordedReasons: reasons(result.recordedReasons),
    replayedReasons: reasons(result.replayedReasons),
  }
  return shown
})
