import { createYoga } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { maskError, useValidationErrorCode } from "./errors.ts"
import { defaultGraphiqlAssetsPath, renderLocalGraphiql } from "./graphiql.ts"
import { useHiddenSuggestions } from "./hideSuggestions.ts"
import { useCostLimit } from "./cost.ts"
import { useDocumentBounds } from "./documentBounds.ts"
import { maxNesting, type QueryLimits, resolveLimits, useQueryLimits } from "./limits.ts"
import { type OnBadRequest, useRequestParsing } from "./requestParsing.ts"
import { schema } from "./schema/index.ts"
import { type TrustedDocumentsOptions, useTrustedDocuments } from "./trustedDocuments.ts"

export interface YogaOptions {
  /** Production turns GraphiQL and introspection off. */
  readonly production: boolean
  /** Depth, field, cost, token and batch limits; each one left out takes its default (`defaultLimits`). */
  readonly limits?: Partial<QueryLimits>
  /**
   * Where GraphiQL's page loads its code from; the host serves `graphiqlAsset(name)` there.
   * Default `/graphiql`.
   */
  readonly graphiqlAssetsPath?: string
  readonly graphqlEndpoint?: string
  /** Documents requests may name by id; with `only`, the only documents that run. */
  readonly trustedDocuments?: TrustedDocumentsOptions
  /** Told of each request refused because its body or parameters could not be read. */
  readonly onBadRequest?: OnBadRequest
}

/**
 * The GraphQL HTTP handler. The server passes the request's `run` and `requestId` as the
 * server context of each fetch call.
 */
export const makeYoga = (options: YogaOptions) => {
  const limits = resolveLimits(options.limits)
  return createYoga<GraphqlContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? "/graphql",
    graphiql: options.production ? false : { title: "OpenPB GraphiQL" },
    renderGraphiQL: renderLocalGraphiql(options.graphiqlAssetsPath ?? defaultGraphiqlAssetsPath),
    landingPage: false,
    // The server answers CORS for its configured origins; yoga's own would reflect any origin
    // with credentials allowed.
    cors: false,
    batching: { limit: limits.maxBatch },
    // Trusted documents are looked up first, so the limits check the document that will run;
    // the document's size and nesting are bounded before it is parsed, its cost before it runs.
    plugins: [
      useRequestParsing(options.onBadRequest ?? (() => undefined)),
      ...(options.trustedDocuments ? [useTrustedDocuments(options.trustedDocuments)] : []),
      useDocumentBounds({ maxTokens: limits.maxTokens, maxNesting }),
      useQueryLimits(limits, options.production),
      useCostLimit(limits.maxCost),
      useValidationErrorCode(),
      ...(options.production ? [useHiddenSuggestions()] : []),
    ],
    extraParamNames: ["documentId"],
    logging: false,
    maskedErrors: {
      maskError,
    },
  })
}

export type OpenpbYoga = ReturnType<typeof makeYoga>
