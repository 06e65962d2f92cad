import { Context, type Effect } from "effect"

/**
 * Local words and plain-language explanations: a council may rename a term or explain a
 * decision kind in its own words. Keys are stable codes (e.g. `decision.eligibility`).
 */
export class Vocabulary extends Context.Service<
  Vocabulary,
  { explain(key: string): Effect.Effect<string | undefined> }
>()("@openpb/core/Vocabulary") {}
