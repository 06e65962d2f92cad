import type { UseCaseName } from "@openpb/core"
import { initTRPC } from "@trpc/server"
import type { TrpcContext } from "./context.ts"
import { describeTrpcCause, toTrpcError } from "./errors.ts"

/** Each procedure names the core use case it runs, from core's list of contracts. */
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
export const procedure = t.procedure.use(async ({ ctx, next }) => {
  const result = await next()
  if (!result.ok) throw toTrpcError(result.error.cause ?? result.error, ctx.requestId)
  return result
})
