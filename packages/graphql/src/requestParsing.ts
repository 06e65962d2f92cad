import { GraphQLError } from "graphql"
import type { Plugin } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { refusedWith400 } from "./refusal.ts"

/** Called with the request id and why, when a request's body or parameters cannot be read. */
export type OnBadRequest = (requestId: string, reason: string) => void

const isGraphQLError = (error: unknown): error is GraphQLError =>
  error instanceof Error && error.name === "GraphQLError"

/**
 * A request whose body or parameters cannot be read is the caller's mistake: it is answered 400
 * (yoga answered malformed `variables` in a GET's query string with a masked 500-class error)
 * and reported once through `onBadRequest`, so the refusal leaves a log line.
 *
 * Each operation of a batch after the first is offered to the server's `admitOperations` (its
 * rate limiter, which counted the request itself as one): a batch is as many requests as it holds.
 */
export const useRequestParsing = (
  onBadRequest: OnBadRequest,
): Plugin<GraphqlContext, GraphqlContext> => ({
  onRequestParse({ requestParser, setRequestParser, serverContext }) {
    if (requestParser !== undefined) {
      setRequestParser(async (request) => {
        try {
          return await requestParser(request)
        } catch (error) {
          onBadRequest(
            serverContext.requestId,
            error instanceof Error ? error.message : String(error),
          )
          if (isGraphQLError(error)) throw error
          throw new GraphQLError("The request's parameters are not valid JSON.", {
            extensions: refusedWith400({ code: "BAD_REQUEST" }),
          })
        }
      })
    }
    return {
      onRequestParseDone({ requestParserResult }) {
        const extra = Array.isArray(requestParserResult) ? requestParserResult.length - 1 : 0
        if (extra <= 0 || serverContext.admitOperations === undefined) return
        const retryAfterSeconds = serverContext.admitOperations(extra)
        if (retryAfterSeconds === undefined) return
        throw new GraphQLError("Too many requests; try again shortly", {
          extensions: {
            code: "TOO_MANY_REQUESTS",
            http: { status: 429, headers: { "retry-after": String(retryAfterSeconds) } },
          },
        })
      },
    }
  },
})
