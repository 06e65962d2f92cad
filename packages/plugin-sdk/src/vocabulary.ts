import { CouncilWord, nationalGlossary } from "@openpb/core"
import { Effect, Schema } from "effect"
import type { LoadedPlugin } from "./definePlugin.ts"
import { DeploymentInvalid } from "./errors.ts"

const known = new Set(nationalGlossary.map((term) => term.key))

/**
 * A vocabulary plugin's words, checked as the deployment is composed: each a well-formed word for
 * a term of core's national glossary (a misspelt key would rename nothing, silently), or the
 * start stops naming the plugin and the word.
 */
export const checkVocabulary = (plugin: LoadedPlugin) =>
  Effect.gen(function* () {
    const rules = plugin.rules.vocabulary
    if (rules === undefined) return []
    const words = yield* Schema.decodeUnknownEffect(Schema.Array(CouncilWord))(rules.words).pipe(
      Effect.mapError(
        (error) => new DeploymentInvalid({ reason: `${plugin.id}'s vocabulary: ${error.message}` }),
      ),
    )
    const unknown = words.find((word) => !known.has(word.key))
    if (unknown !== undefined)
      return yield* new DeploymentInvalid({
        reason: `${plugin.id}'s vocabulary renames "${unknown.key}", which is not a term of the glossary (${[...known].join(", ")})`,
      })
    return words
  })
