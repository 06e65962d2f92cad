import { isCoreError, type UseCaseName } from "@openpb/core"
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
  if (result.ok) return result
  const { error } = result
  // tRPC's own refusals (a body that is not JSON, say) keep their code and status; only a
  // failure from inside a use case goes through core's error table.
  if (error.code !== "INTERNAL_SERVER_ERROR" && !isCoreError(error.cause)) throw error
  throw toTrpcError(error.cause ?? error, ctx.requestId)
})
