import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server"
import type { AppRouter } from "./router.ts"

export type { TrpcContext } from "./context.ts"
export { appRouter, type AppRouter } from "./router.ts"
export type { ProcedureMeta } from "./trpc.ts"

export type RouterInputs = inferRouterInputs<AppRouter>
export type RouterOutputs = inferRouterOutputs<AppRouter>
