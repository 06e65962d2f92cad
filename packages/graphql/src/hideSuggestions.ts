import type { Plugin } from "graphql-yoga"
import { GraphQLError } from "graphql"

/** graphql-js's hints ("Did you mean "givenName"?") name fields and values a caller may not know. */
const suggestion = /\s*Did you mean [^?]*\?/g

const withoutSuggestion = (error: unknown) => {
  if (!(error instanceof GraphQLError)) return error
  const message = error.message.replace(suggestion, "")
  return message === error.message
    ? error
    : new GraphQLError(message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: error.extensions,
      })
}

/**
 * In production, validation and variable errors say what is wrong without suggesting the
 * schema's names: with introspection off, suggestions would otherwise spell the schema out
 * one guess at a time.
 */
export const useHiddenSuggestions = (): Plugin => ({
  onValidate:
    () =>
    ({ valid, result, setResult }) => {
      if (!valid) setResult(result.map(withoutSuggestion))
    },
  onExecute: () => ({
    onExecuteDone: ({ result, setResult }) => {
      if ("errors" in result && result.errors !== undefined)
        setResult({ ...result, errors: result.errors.map(withoutSuggestion) })
    },
  }),
})
