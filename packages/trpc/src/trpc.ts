import type { UseCaseName } from "@openpb/core"
import { initTRPC } from "@trpc/server"
import type { TrpcContext } from "./context.ts"
import { describeTrpcCause, toTrpcError } from "./errors.ts"

/** Each procedure names the core use case it runs, from core's use-case registry. */
export interface ProcedureMeta {
  readonly useCase: UseCaseName
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter: ({ shape, error }) => ({
      ...shape,
      data: { ...shape.data, stack: undefined, openpb: describeTrpcCause(error.cause) ?? null },
    }),
  })

export const router = t.router

/** Every procedure maps failures through core's one error table. */
const procedure = t.procedure.use(async ({ ctx, next }) => {
  const result = await next()
  if (!result.ok) throw toTrpcError(result.error.cause ?? result.error, ctx.requestId)
  return result
})

/**
 * Types the input for clients without validating it here: core's use cases decode their
 * own input, so both APIs reject bad input with the same typed error.
 */
export const typedInput =
  <I>() =>
  (raw: unknown): I =>
    raw as I

/**
 * A procedure running the named use case: the name ties it to the use case's access rules,
 * and a test fails when a procedure has none or a registered use case has no procedure.
 */
export const useCaseProcedure = (useCase: UseCaseName) => procedure.meta({ useCase })
