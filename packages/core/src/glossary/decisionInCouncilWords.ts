import { Decision } from "../decisions/Decision.ts"
import { type GlossaryTerm, inCouncilWords } from "./Glossary.ts"

/**
 * A decision as its reader sees it: the reasons and the way to challenge in the council's words.
 * The stored record keeps the words it was made with (a replay compares those); only what is
 * shown changes, and only where the council renamed a term.
 */
export const decisionInCouncilWords = (
  decision: Decision,
  glossary: ReadonlyArray<GlossaryTerm>,
): Decision => {
  if (glossary.every((t) => t.term === t.nationalTerm)) return decision
  const words = (text: string) => inCouncilWords(text, glossary)
  const [first, ...rest] = decision.reasons
  return new Decision({
    ...decision,
    reasons: [
      { ...first, text: words(first.text) },
      ...rest.map((r) => ({ ...r, text: words(r.text) })),
    ],
    challenge: { ...decision.challenge, how: words(decision.challenge.how) },
  })
}
