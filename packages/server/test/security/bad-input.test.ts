import {
  Actor,
  type AnyUseCase,
  CouncilId,
  type DeploymentServices,
  decodeInput,
  isTokenRole,
  PersonId,
  Role,
  type UseCaseName,
  useCases,
} from "@openpb/core"
import { schema } from "@openpb/graphql"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { acrossCouncils, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, Exit, type Layer, ManagedRuntime } from "effect"
import { SqlClient } from "effect/sql"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp } from "../../src/index.ts"
import { callGraphql } from "../matrix/calls.ts"
import { probes } from "../matrix/probes.ts"
import { type Circle, seedCircle } from "../matrix/seed.ts"
import { type BadInput, badInputs, everyBadInput, fieldsOf } from "./bad-input.generate.ts"

/*
 * Bad input, nothing written: every mutation of both APIs is sent inputs made from its own
 * contract schema with one field made bad at a time (wrong types, fractional, negative, 2^31
 * and 2^53 amounts, impossible dates, NUL and other control characters, lone surrogates,
 * overlong text, extra fields, unknown enum values). Each must come back as a typed bad-request
 * error naming the field, never an internal error, and no table may gain or lose a row.
 */

const council = "northmere"
const mutations = (useCases as ReadonlyArray<AnyUseCase>).filter((c) => c.kind === "command")

/** Seeded runs: the same inputs every time, so a failure can be replayed. */
const seed = 20_261_204
/** Random bad inputs per mutation through tRPC, and through GraphQL, beyond the sweep. */
const trpcRuns = 12
const graphqlRuns = 6
/** Mutations whose every bad input (the sweep) also goes through GraphQL. */
const graphqlSweep: ReadonlyArray<UseCaseName> = [
  "registerPerson",
  "createBudget",
  "recordPayment",
  "recordSpending",
  "recordAllocation",
  "recordAssessment",
  "draftPlan",
  "setIndicativeBudget",
  "submitDirectPaymentStatement",
  "addCarer",
  "lodgeChallenge",
  "suspendBudget",
]

let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
let app: ReturnType<typeof makeHttpApp>
let circle: Circle
const defects: Array<string> = []

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  circle = await seedCircle(runtime, council, "Ada", {
    practitioner: "pat",
    adviser: "ade",
    carer: "cara",
    provider: "pro",
  })
  // Every role a person may sign in with: a bad input is refused before anyone's reach matters,
  // and a bad input wrongly let through would be done, not refused for want of a role.
  const actor = new Actor({
    subject: "pat",
    roles: Role.literals.filter(isTokenRole) as [Role, ...Array<Role>],
    councilId: CouncilId.make(council),
    personId: PersonId.make(circle.personId),
  })
  app = makeHttpApp({
    runtime,
    resolveActor: async (request) =>
      request.headers.get("authorization") === "Bearer bad-input" ? actor : undefined,
    readiness: Effect.succeed(true),
    production: true,
    ratePerMinute: 1_000_000,
    logDefect: (requestId, error) => defects.push(`${requestId}: ${String(error)}`),
  })
}, 120_000)
afterAll(() => runtime.dispose())

/** Rows in every table of the schema, every council's (partitions counted once, as tables). */
const countEveryTable = () =>
  runtime.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      return yield* acrossCouncils(
        Effect.gen(function* () {
          const tables = yield* sql<{ name: string }>`
            SELECT c.relname AS name FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`
          const counts: Record<string, number> = {}
          for (const { name } of tables) {
            const rows = yield* sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql(name)}`
            counts[name] = Number(rows[0]?.n ?? 0)
          }
          return counts
        }),
      )
    }),
  )

/** A valid input for each mutation: the access matrix's probe of it, on the seeded person. */
const baseInput = (contract: AnyUseCase): unknown => {
  if (contract.name === "startExport") return { exporterId: "budgets", format: "csv" }
  const probe = probes.find((p) => p.useCase === contract.name)
  if (!probe) throw new Error(`no base input for ${contract.name}: add a probe`)
  return probe.input(circle) ?? {}
}

interface Refusal {
  readonly status: number
  readonly code: string | undefined
  readonly tag: string | undefined
  readonly paths: ReadonlyArray<string>
}

const procedurePath = (contract: AnyUseCase) => contract.path

/** Sends a mutation's input to tRPC over HTTP, as a client does. */
const callTrpc = async (contract: AnyUseCase, input: unknown): Promise<Refusal> => {
  const response = await app.request(`/trpc/${procedurePath(contract)}`, {
    method: "POST",
    headers: { authorization: "Bearer bad-input", "content-type": "application/json" },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as {
    error?: {
      data?: {
        code?: string
        openpb?: { tag?: string; issues?: Array<{ path: Array<string> }> } | null
      }
    }
  }
  const openpb = body.error?.data?.openpb
  return {
    status: response.status,
    code: body.error?.data?.code,
    tag: openpb?.tag,
    paths: (openpb?.issues ?? []).map((issue) => issue.path.join(".")),
  }
}

const totals = { inputs: 0, trpc: 0, graphql: 0, typed: 0, internal: 0, rowsWritten: 0 }
const byKind = new Map<string, number>()

/** One bad input through tRPC: a 400 with core's InvalidInput naming the bad field. */
const refusedByTrpc = async (contract: AnyUseCase, bad: BadInput) => {
  const refusal = await callTrpc(contract, bad.input)
  totals.inputs++
  totals.trpc++
  byKind.set(bad.kind, (byKind.get(bad.kind) ?? 0) + 1)
  if (refusal.code === "INTERNAL_SERVER_ERROR" || refusal.status >= 500) totals.internal++
  const named =
    bad.field === "(input)" ||
    refusal.paths.some((path) => path === bad.field || path.startsWith(`${bad.field}.`)) ||
    refusal.paths.some((path) => bad.field.startsWith(`${path}.`) && path !== "")
  const typed =
    refusal.status === 400 &&
    refusal.code === "BAD_REQUEST" &&
    refusal.tag === "InvalidInput" &&
    named
  if (typed) totals.typed++
  expect(
    { status: refusal.status, code: refusal.code, tag: refusal.tag, named },
    `${contract.name} ${bad.kind} at ${bad.field}: ${JSON.stringify(bad.input).slice(0, 300)} -> ${JSON.stringify(refusal)}`,
  ).toEqual({ status: 400, code: "BAD_REQUEST", tag: "InvalidInput", named: true })
}

/** The mutations whose GraphQL field takes arguments: a field without any has no input to spoil. */
const takesArguments = new Set(
  Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((field) =>
    field.args.length > 0 ? [(field.extensions as { useCase?: string }).useCase] : [],
  ),
)

/** One bad input through GraphQL: an error with the bad-request code, never an internal one. */
const refusedByGraphql = async (contract: AnyUseCase, bad: BadInput) => {
  // GraphQL arguments are an object; a field without arguments cannot be sent a bad one.
  if (typeof bad.input !== "object" || bad.input === null || Array.isArray(bad.input)) return
  if (!takesArguments.has(contract.name)) return
  const outcome = await callGraphql(
    app.request,
    "bad-input",
    contract.name as UseCaseName,
    bad.input as Record<string, unknown>,
  )
  totals.inputs++
  totals.graphql++
  byKind.set(bad.kind, (byKind.get(bad.kind) ?? 0) + 1)
  if (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code.startsWith("UNCODED"))
    totals.internal++
  if (outcome.code === "BAD_REQUEST") totals.typed++
  expect(
    outcome.code,
    `GraphQL ${contract.name} ${bad.kind} at ${bad.field}: ${JSON.stringify(bad.input).slice(0, 300)}`,
  ).toBe("BAD_REQUEST")
}

const changedTables = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table])

describe(`bad input, nothing written, on ${testDatabaseKind()}`, () => {
  it("sends every mutation a valid base input its schema accepts", () => {
    for (const contract of mutations) {
      const decoded = Effect.runSyncExit(
        decodeInput(contract.input)(baseInput(contract)) as Effect.Effect<unknown, unknown>,
      )
      expect(Exit.isSuccess(decoded), `${contract.name}: ${String(decoded)}`).toBe(true)
      expect(fieldsOf(contract.input, baseInput(contract)).length).toBeGreaterThan(0)
    }
  })

  it.each(mutations.map((contract) => [contract.name, contract] as const))(
    "refuses every bad input to %s with a typed error, and writes nothing",
    async (_name, contract) => {
      const base = baseInput(contract)
      const before = await countEveryTable()

      for (const bad of everyBadInput(contract.input, base, seed)) {
        await refusedByTrpc(contract, bad)
        if (graphqlSweep.includes(contract.name as UseCaseName))
          await refusedByGraphql(contract, bad)
      }
      await fc.assert(
        fc.asyncProperty(badInputs(contract.input, base), (bad) => refusedByTrpc(contract, bad)),
        { numRuns: trpcRuns, seed },
      )
      await fc.assert(
        fc.asyncProperty(badInputs(contract.input, base), (bad) => refusedByGraphql(contract, bad)),
        { numRuns: graphqlRuns, seed },
      )

      const changed = changedTables(before, await countEveryTable())
      totals.rowsWritten += changed.length
      expect(changed, `${contract.name} changed rows`).toEqual([])
    },
    60_000,
  )

  it("reports what it tried", () => {
    expect(defects).toEqual([])
    const kinds = [...byKind.entries()].map(([kind, n]) => `${kind} ${n}`).join(", ")
    console.log(
      `bad input: ${mutations.length} mutations covered, ${totals.inputs} inputs tried (${totals.trpc} tRPC, ${totals.graphql} GraphQL), ${totals.typed} typed errors, ${totals.internal} internal errors, rows written = ${totals.rowsWritten} [${kinds}]`,
    )
    expect(totals.typed).toBe(totals.inputs)
    expect(totals.internal).toBe(0)
    expect(totals.rowsWritten).toBe(0)
  })
})
