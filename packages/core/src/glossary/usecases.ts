import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { decodeInput } from "../model/Input.ts"
import { Vocabulary } from "../policies/Vocabulary.ts"
import { withCouncilWords } from "./Glossary.ts"

/** The glossary in the deployment's words: the national terms with its vocabulary plugin's over them. */
export const councilGlossary = Effect.gen(function* () {
  const vocabulary = yield* Effect.serviceOption(Vocabulary)
  return withCouncilWords(Option.isSome(vocabulary) ? yield* vocabulary.value.words : [])
})

export const GlossaryInput = Schema.Struct({})
export type GlossaryInput = typeof GlossaryInput.Encoded

/** The words this council uses, what each means in plain English, and the national word for it. */
export const getGlossary = Effect.fn("getGlossary")(function* (raw: unknown = {}) {
  yield* decodeInput(GlossaryInput)(raw)
  yield* authorize("glossary.read")
  return yield* councilGlossary
})
