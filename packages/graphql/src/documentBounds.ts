import { GraphQLError, Lexer, Source, TokenKind } from "graphql"
import type { Plugin } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { refusedWith400 } from "./refusal.ts"

export interface DocumentBounds {
  /** How many tokens a document may hold (names, punctuation, values; comments excluded). */
  readonly maxTokens: number
  /** How deeply `{`, `(` and `[` may nest, counted before parsing. */
  readonly maxNesting: number
}

const opening = new Set<string>([TokenKind.BRACE_L, TokenKind.PAREN_L, TokenKind.BRACKET_L])
const closing = new Set<string>([TokenKind.BRACE_R, TokenKind.PAREN_R, TokenKind.BRACKET_R])

/**
 * Why a document's text is refused before it is parsed, or undefined when it is within bounds.
 *
 * graphql-js's parser descends recursively, so a document nested a few thousand levels deep
 * overflows the stack before any validation rule can count its depth; its `maxTokens` option
 * bounds the length but not the nesting. This walks graphql-js's own lexer (a loop, no
 * recursion) and stops at the first token past either bound, so a refusal costs at most the
 * bounds' worth of work whatever the document's size. A text the lexer cannot read is left
 * for the parser, which reports the syntax error as usual.
 */
export const exceedsBounds = (
  text: string,
  bounds: DocumentBounds,
): { readonly limit: "tokens" | "nesting"; readonly message: string } | undefined => {
  const lexer = new Lexer(new Source(text))
  let tokens = 0
  let nesting = 0
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens++
      if (tokens > bounds.maxTokens)
        return {
          limit: "tokens",
          message: `The document is longer than the limit of ${bounds.maxTokens} tokens.`,
        }
      if (opening.has(token.kind)) {
        nesting++
        if (nesting > bounds.maxNesting)
          return {
            limit: "nesting",
            message: `The document nests brackets deeper than the limit of ${bounds.maxNesting}.`,
          }
      } else if (closing.has(token.kind)) nesting--
    }
  } catch {
    return undefined
  }
  return undefined
}

/**
 * Refuses, with 400 and before anything is parsed, a document over `maxTokens` tokens or nested
 * deeper than `maxNesting`. It runs on each operation of a batch and after trusted documents are
 * looked up, so it bounds the text that would be parsed.
 */
export const useDocumentBounds = (bounds: DocumentBounds): Plugin<GraphqlContext> => ({
  onParams({ params, setResult }) {
    if (typeof params.query !== "string") return
    const refused = exceedsBounds(params.query, bounds)
    if (refused === undefined) return
    setResult({
      errors: [
        new GraphQLError(refused.message, {
          extensions: refusedWith400({ code: "BAD_REQUEST", limit: refused.limit }),
        }),
      ],
    })
  },
})
