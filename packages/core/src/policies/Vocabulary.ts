import { Context, type Effect } from "effect"
import type { CouncilWord } from "../glossary/Glossary.ts"

/**
 * A council's own words: its names for the national terms (`glossary/Glossary.ts`) and its own
 * plain-language definitions, given by its vocabulary plugin. Explanations, reasons and letters
 * are read in these words; a deployment without one reads the national words.
 */
export class Vocabulary extends Context.Service<
  Vocabulary,
  { readonly words: Effect.Effect<ReadonlyArray<CouncilWord>> }
>()("@openpb/core/Vocabulary") {}
