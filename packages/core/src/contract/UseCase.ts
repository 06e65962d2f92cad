import { Effect, type Result, Schema } from "effect"
import { auditAsQuery, personIdsIn, recordShown } from "../access/Audit.ts"
import type { UseCaseEntry } from "../access/useCaseEntry.ts"
import type { CoreError } from "../model/ErrorCodes.ts"
import type { UseCaseServices } from "../ports/UseCaseServices.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"

/** A query only reads; a command changes something (one transaction, one audit record). */
export type UseCaseKind = "query" | "command"

/** How the GraphQL adapter exposes a use case; everything else it derives from the contract. */
export interface GraphqlExposure {
  /** The Query or Mutation field's name (default: the use case's name). */
  readonly field?: string
  /**
   * `input`: one `input: <Name>Input!` argument (the default for commands); `flat`: the input
   * struct's fields as arguments (the default for queries).
   */
  readonly args?: "input" | "flat"
  /** A paged output (`items`, `endCursor`, `hasNextPage`) exposed as a Relay connection. */
  readonly connection?: boolean
}

type TagOf<E> = E extends { readonly _tag: infer T extends CoreError["_tag"] } ? T : never

/**
 * One use case, stated once: its name, the tRPC path, kind, the access rules it is held to,
 * the input and success schemas, the errors it may fail with, and its implementation. The
 * registry, the access matrix, tracing spans and both APIs are derived from the list of
 * contracts in `useCases.ts`; nothing else names a use case by hand.
 *
 * `run` receives the input as a caller sent it (the encoded side of `input`) and decodes it
 * itself, so every caller, an API or a test, gets the same validation and the same typed error.
 */
export interface UseCaseContract<
  Name extends string = string,
  Path extends string = string,
  I extends Schema.Top = Schema.Top,
  O extends Schema.Top = Schema.Top,
  E = unknown,
  K extends UseCaseKind = UseCaseKind,
> {
  readonly name: Name
  /** The tRPC path, `<area>.<procedure>`. */
  readonly path: Path
  readonly kind: K
  /** What it does, in a sentence a frontend developer reads in GraphiQL or their editor. */
  readonly description: string
  readonly access: UseCaseEntry
  readonly input: I
  readonly output: O
  /** The domain errors it may fail with, beyond InvalidInput and Forbidden, which all may. */
  readonly errors: ReadonlyArray<TagOf<E>>
  readonly graphql?: GraphqlExposure
  // A method, so any contract is assignable to `AnyUseCase` (method parameters are bivariant).
  run(input: I["Encoded"]): Effect.Effect<O["Type"], E, UseCaseServices>
}

/** Any contract, whatever its types: what the adapters iterate over. */
export type AnyUseCase = UseCaseContract<string, string, Schema.Top, Schema.Top, unknown>

const contractMark = Symbol.for("@openpb/core/UseCaseContract")

/** Whether a module's export is a use-case contract (made by `defineUseCase`). */
export const isUseCaseContract = (value: unknown): value is AnyUseCase =>
  typeof value === "object" && value !== null && contractMark in value

export const defineUseCase = <
  const Name extends string,
  const Path extends `${string}.${string}`,
  I extends Schema.Top,
  O extends Schema.Codec<unknown, unknown, never, never>,
  E,
  const K extends UseCaseKind,
>(
  contract: UseCaseContract<Name, Path, I, O, E, K>,
): UseCaseContract<Name, Path, I, O, E, K> =>
  Object.defineProperty({ ...contract }, contractMark, { value: true, enumerable: false })

/** The input type a caller sends, and the success type it receives (both encoded). */
export type InputOf<C> = C extends { readonly input: infer I extends Schema.Top }
  ? I["Encoded"]
  : never
export type OutputOf<C> = C extends { readonly output: infer O extends Schema.Top }
  ? O["Encoded"]
  : never

const encoders = new WeakMap<Schema.Top, (value: unknown) => unknown>()

const encoderOf = (output: Schema.Top) => {
  let encode = encoders.get(output)
  if (encode === undefined) {
    encode = Schema.encodeUnknownSync(output as Schema.Codec<unknown, unknown, never, never>)
    encoders.set(output, encode)
  }
  return encode
}

/**
 * A query not about one person (a list, a queue, a caseload) names each person its answer shows,
 * one audit row each, before the answer leaves: its access check named no one. The audit
 * trail's own searches are left out, or each search would feed the next.
 */
const auditShown = (contract: AnyUseCase, output: unknown) => {
  const [rule] = contract.access.rules
  if (rule.subject === "person" || rule.action.startsWith("audit.")) return Effect.void
  return recordShown(rule.action, personIdsIn(output))
}

/**
 * A query's reads, its access check and its audit rows in one transaction: the store sets the
 * council once for all of them instead of once per statement, each in a transaction of its own.
 */
const inOneTransaction = <A, E>(query: Effect.Effect<A, E, UseCaseServices>) =>
  Effect.flatMap(UnitOfWork, (uow) => uow.transaction(query))

const spanOf = (contract: AnyUseCase) =>
  Effect.withSpan(`UseCase.${contract.name}`, {
    attributes: { "openpb.use_case": contract.name, "openpb.use_case.kind": contract.kind },
  })

/** A query's answer, encoded, its audit rows held and stored only once it has answered. */
const answerOfQuery = <C extends AnyUseCase>(contract: C, input: unknown) =>
  auditAsQuery(
    contract.run(input).pipe(
      Effect.map((value) => encoderOf(contract.output)(value) as OutputOf<C>),
      Effect.tap((output) => auditShown(contract, output)),
    ),
  )

/**
 * Runs a use case for an API: the implementation, its success encoded by the output schema
 * (what both APIs send), inside a span named after the use case. A query runs in one
 * transaction, and its audit rows (a list's person by person) are stored in it once it has
 * answered, committed before the answer leaves. A command opens its own transaction.
 */
export const invokeUseCase = <C extends AnyUseCase>(
  contract: C,
  input: unknown,
): Effect.Effect<OutputOf<C>, unknown, UseCaseServices> =>
  (contract.kind === "query"
    ? inOneTransaction(answerOfQuery(contract, input))
    : contract
        .run(input)
        .pipe(Effect.map((value) => encoderOf(contract.output)(value) as OutputOf<C>))
  ).pipe(spanOf(contract))

/**
 * Runs a query use case once for each input, all in one transaction, for an API that needs many
 * of one thing at once (a GraphQL relation's rows, batched): each input is decoded, checked and
 * answered as `invokeUseCase` would, and answers alone, success or its own error, so one refused
 * row does not refuse the others. Every row's audit records are held until its own answer and
 * stored together once all have answered; a row that failed leaves none.
 */
export const invokeUseCaseForEach = <C extends AnyUseCase>(
  contract: C,
  inputs: ReadonlyArray<unknown>,
): Effect.Effect<ReadonlyArray<Result.Result<OutputOf<C>, unknown>>, never, UseCaseServices> => {
  if (contract.kind !== "query")
    return Effect.die(new Error(`${contract.name} changes something: it runs once per call`))
  // One span for the batch, directly under the request's, as `invokeUseCase` opens for one.
  return inOneTransaction(
    auditAsQuery(Effect.forEach(inputs, (input) => Effect.result(answerOfQuery(contract, input)))),
  ).pipe(spanOf(contract))
}
