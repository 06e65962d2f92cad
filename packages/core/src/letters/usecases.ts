import { Effect, Option, Schema } from "effect"
import { authorizeDecisionRead } from "../access/finances.ts"
import { DecisionId } from "../decisions/Decision.ts"
import { findDecision } from "../decisions/usecases.ts"
import { CurrentActor } from "../model/Actor.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { decodeInput } from "../model/Input.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { inCouncilWords } from "../glossary/Glossary.ts"
import { councilGlossary } from "../glossary/usecases.ts"
import { decisionLetter } from "./DecisionLetter.ts"

export const DecisionLetterInput = Schema.Struct({
  decisionId: DecisionId,
  /** Easy Read wording, where the decision kind has it (eligibility decisions). */
  easyRead: Schema.optionalKey(Schema.Boolean),
})
export type DecisionLetterInput = typeof DecisionLetterInput.Encoded

/**
 * A decision as a letter the person can keep, in the council's words where its vocabulary plugin
 * renames the national terms. Whoever may read the decision may read its letter; nothing is written.
 */
export const getDecisionLetter = Effect.fn("getDecisionLetter")(function* (raw: unknown) {
  const input = yield* decodeInput(DecisionLetterInput)(raw)
  const decision = yield* findDecision(input.decisionId)
  yield* authorizeDecisionRead("decision.read", decision)
  const actor = yield* CurrentActor
  const person = yield* (yield* PersonRepository).findById(actor.councilId, decision.personId)
  if (Option.isNone(person)) return yield* new PersonNotFound({ personId: decision.personId })
  const glossary = yield* councilGlossary
  return decisionLetter(decision, person.value, {
    easyRead: input.easyRead ?? false,
    words: (text) => inCouncilWords(text, glossary),
  })
})
