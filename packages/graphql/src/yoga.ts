import { createYoga } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { maskError } from "./errors.ts"
import { defaultLimits, type QueryLimits, useQueryLimits } from "./limits.ts"
import { schema } from "./schema/index.ts"
import { type TrustedDocumentsOptions, useTrustedDocuments } from "./trustedDocuments.ts"

export interface YogaOptions {
  /** Production turns GraphiQL and introspection off. */
  readonly production: boolean
  readonly limits?: QueryLimits
  readonly graphqlEndpoint?: string
  /** Documents requests may name by id; with `only`, the only documents that run. */
  readonly trustedDocuments?: TrustedDocumentsOptions
}

/**
 * The GraphQL HTTP handler. The server passes the request's `run` and `requestId` as the
 * server context of each fetch call.
 */
export const makeYoga = (options: YogaOptions) =>
  createYoga<GraphqlContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? "/graphql",
    graphiql: !options.production,
    landingPage: false,
    batching: { limit: (options.limits ?? defaultLimits).maxBatch },
    // Trusted documents are looked up first, so the limits check the document that will run.
    plugins: [
      ...(options.trustedDocuments ? [useTrustedDocuments(options.trustedDocuments)] : []),
      useQueryLimits(options.limits ?? defaultLimits, options.production),
    ],
    extraParamNames: ["documentId"],
    logging: false,
    maskedErrors: {
      maskError,
    },
  })

export type OpenpbYoga = ReturnType<typeof makeYoga>
