import { initTRPC } from "@trpc/server"
import type { TrpcContext } from "./context.ts"
import { describeTrpcCause, toTrpcError } from "./errors.ts"

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, stack: undefined, openpb: describeTrpcCause(error.cause) ?? null },
  }),
})

export const router = t.router

/** Every procedure maps failures through core's one error table. */
export const procedure = t.procedure.use(async ({ ctx, next }) => {
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
