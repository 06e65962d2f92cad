import { createYoga } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { maskError } from "./errors.ts"
import { defaultLimits, type QueryLimits, useQueryLimits } from "./limits.ts"
import { schema } from "./schema/index.ts"

export interface YogaOptions {
  /** Production turns GraphiQL and introspection off. */
  readonly production: boolean
  readonly limits?: QueryLimits
  readonly graphqlEndpoint?: string
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
    plugins: [useQueryLimits(options.limits ?? defaultLimits, options.production)],
    logging: false,
    maskedErrors: {
      maskError,
    },
  })

export type OpenpbYoga = ReturnType<typeof makeYoga>
