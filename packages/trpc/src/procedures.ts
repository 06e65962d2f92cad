import {
  type AnyUseCase,
  decodeInput,
  type InputOf,
  invokeUseCase,
  type OutputOf,
  type UseCaseName,
} from "@openpb/core"
import type { TRPCMutationProcedure, TRPCQueryProcedure } from "@trpc/server"
import { Cause, type Effect, Exit } from "effect"
import { Effect as Run } from "effect"
import type { TrpcContext } from "./context.ts"
import { type ProcedureMeta, procedure } from "./trpc.ts"

/** An input whose fields are all optional may be left out altogether (`budget.list`). */
type CallerInput<C> = Partial<InputOf<C>> extends InputOf<C> ? InputOf<C> | undefined : InputOf<C>

type Def<C> = { input: CallerInput<C>; output: OutputOf<C>; meta: ProcedureMeta }

/** The procedure tRPC's types see for one contract. */
export type ProcedureOf<C> = C extends { readonly kind: "query" }
  ? TRPCQueryProcedure<Def<C>>
  : TRPCMutationProcedure<Def<C>>

/**
 * Validates with the contract's input schema, so a malformed call fails in tRPC's input step
 * with core's own `InvalidInput` (its issues and paths), before any use case runs. The use case
 * receives the input as it was sent and decodes it itself, as it does for every caller.
 */
const inputParser = (contract: AnyUseCase) => {
  // Input schemas need no services to decode (plain structs of checked values).
  const decode = decodeInput(contract.input) as (raw: unknown) => Effect.Effect<unknown, unknown>
  return (raw: unknown): unknown => {
    const input = raw === undefined ? {} : raw
    const exit = Run.runSyncExit(decode(input))
    if (Exit.isFailure(exit)) throw Cause.squash(exit.cause)
    return input
  }
}

const resolver =
  (contract: AnyUseCase) =>
  ({ ctx, input }: { ctx: TrpcContext; input: unknown }) =>
    ctx.run(invokeUseCase(contract, input))

/** The tRPC procedure for one contract: validate, run the use case, send its encoded result. */
export const procedureFor = <C extends AnyUseCase>(contract: C): ProcedureOf<C> => {
  const base = procedure
    .meta({ useCase: contract.name as UseCaseName })
    .input(inputParser(contract))
  const built =
    contract.kind === "query" ? base.query(resolver(contract)) : base.mutation(resolver(contract))
  // The runtime procedure is built from the contract; its static type is the contract's.
  return built as unknown as ProcedureOf<C>
}
