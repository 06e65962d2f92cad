import { createYoga } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { maskError, useValidationErrorCode } from "./errors.ts"
import { defaultGraphiqlAssetsPath, renderLocalGraphiql } from "./graphiql.ts"
import { useHiddenSuggestions } from "./hideSuggestions.ts"
import { type QueryLimits, resolveLimits, useQueryLimits } from "./limits.ts"
import { schema } from "./schema/index.ts"
import { type TrustedDocumentsOptions, useTrustedDocuments } from "./trustedDocuments.ts"

export interface YogaOptions {
  /** Production turns GraphiQL and introspection off. */
  readonly production: boolean
  /** Depth, field and batch limits; each one left out takes its default (`defaultLimits`). */
  readonly limits?: Partial<QueryLimits>
  /**
   * Where GraphiQL's page loads its code from; the host serves `graphiqlAsset(name)` there.
   * Default `/graphiql`.
   */
  readonly graphiqlAssetsPath?: string
  readonly graphqlEndpoint?: string
  /** Documents requests may name by id; with `only`, the only documents that run. */
  readonly trustedDocuments?: TrustedDocumentsOptions
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
    batching: { limit: limits.maxBatch },
    // Trusted documents are looked up first, so the limits check the document that will run.
    plugins: [
      ...(options.trustedDocuments ? [useTrustedDocuments(options.trustedDocuments)] : []),
      useQueryLimits(limits, options.production),
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
