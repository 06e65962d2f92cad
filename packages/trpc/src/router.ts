import { type UseCase, useCases } from "@openpb/core"
import { type ProcedureOf, procedureFor } from "./procedures.ts"
import { router } from "./trpc.ts"

type Area<P> = P extends `${infer A}.${string}` ? A : never
type Leaf<P> = P extends `${string}.${infer L}` ? L : never
type Contract = UseCase

/** `{ journey: { refer: procedure, ... }, ... }`, typed from the contracts' paths. */
type RouterShape = {
  [A in Area<Contract["path"]>]: {
    [C in Contract as C["path"] extends `${A}.${string}` ? Leaf<C["path"]> : never]: ProcedureOf<C>
  }
}

const shape = (): RouterShape => {
  const areas: Record<string, Record<string, unknown>> = {}
  for (const contract of useCases) {
    const [area, leaf] = contract.path.split(".") as [string, string]
    const procedures = areas[area] ?? {}
    areas[area] = procedures
    if (leaf in procedures) throw new Error(`two use cases have the tRPC path ${contract.path}`)
    procedures[leaf] = procedureFor(contract)
  }
  // Built from the same list the type is computed from.
  return areas as unknown as RouterShape
}

/** The tRPC API: one procedure per use-case contract, at the contract's path. */
export const appRouter = router(shape())

export type AppRouter = typeof appRouter
