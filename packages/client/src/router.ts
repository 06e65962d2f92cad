import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server"
import type { AppRouter } from "./generated/appRouter.ts"

/** Each procedure's input, by path: `RouterInputs["journey"]["refer"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>
/** Each procedure's output, by path: `RouterOutputs["budget"]["list"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>
