import { describeCoreError, isCoreError } from "@openpb/core"
import { GraphQLError } from "graphql"
import type { Plugin } from "graphql-yoga"

// By name, not `instanceof`: a dual CommonJS/ESM graphql package can hand errors from both builds.
const isGraphQLError = (error: unknown): error is GraphQLError =>
  error instanceof Error && error.name === "GraphQLError"

const deepestCause = (error: unknown): unknown =>
  isGraphQLError(error) && error.originalError !== undefined && error.originalError !== null
    ? deepestCause(error.originalError)
    : error

/**
 * Core errors keep their code from core's one table in `extensions.code`; GraphQL's own
 * request errors (validation, variable coercion) are the client's input: BAD_REQUEST unless
 * they carry a code; anything else is a defect and is masked.
 */
export const maskError = (error: unknown, message: string): Error => {
  const cause = deepestCause(error)
  if (isCoreError(cause)) {
    const { code, tag, message: text, ...details } = describeCoreError(cause)
    const path = isGraphQLError(error) ? error.path : undefined
    return new GraphQLError(text, { path, extensions: { code, tag, ...details } })
  }
  if (isGraphQLError(error) && isGraphQLError(cause)) {
    const code = error.extensions.code ?? cause.extensions.code ?? "BAD_REQUEST"
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { ...error.extensions, code },
    })
  }
  // The server logs the defect under the request id it returns in `x-request-id`.
  return new GraphQLError(`${message} Quote the x-request-id response header when reporting it.`, {
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  })
}

/**
 * GraphQL's validation errors (an unknown field, a missing argument, a wrong literal) are the
 * client's input, so they carry `BAD_REQUEST` like core's InvalidInput, not yoga's own
 * `GRAPHQL_VALIDATION_FAILED`. An error that has a code (a limit's refusal) keeps it. Registered
 * among the user plugins, it runs before yoga's handler, which only fills in a missing code.
 */
export const useValidationErrorCode = (): Plugin => ({
  onValidate:
    () =>
    ({ valid, result }) => {
      if (valid) return
      for (const error of result) {
        const extensions = error.extensions as Record<string, unknown>
        extensions.code ??= "BAD_REQUEST"
      }
    },
})
