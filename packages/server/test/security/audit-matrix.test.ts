import {
  type Actor,
  type DeploymentServices,
  type Role,
  Role as RoleSchema,
  isTokenRole,
  personIdsIn,
  useCaseRegistry,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { acrossCouncils, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp } from "../../src/index.ts"
import { callGraphql, callTrpc, type Outcome } from "../matrix/calls.ts"
import { matrixEntries } from "../matrix/derive.ts"
import type { Probe } from "../matrix/probes.ts"
import { actorOf, type Circle, seedCircle } from "../matrix/seed.ts"

/*
 * Every read of the access matrix, by every role, on a person in the caller's circle, one
 * outside it and one of another council, through tRPC and GraphQL: the audit rows each request
 * left are counted. An answered read leaves at least one row, naming the person when the rule
 * is about a person and each person it showed when it is a list, all of them reads; a refused
 * one (forbidden, or not found after the access check let it look) leaves none.
 */

const home = "northmere"
const away = "southfold"
const subjects: Partial<Record<Role, string>> = {
  person: "ada",
  carer: "cara",
  practitioner: "pat",
  adviser: "ade",
  provider: "pro",
}
const roles = RoleSchema.literals.filter(isTokenRole)
const circleOfCallers = { practitioner: "pat", adviser: "ade", carer: "cara", provider: "pro" }
const strangers = { practitioner: "pam", adviser: "adi", carer: "cora", provider: "pru" }

type Target = "own circle" | "own council, outside the circle" | "another council"
const targets: ReadonlyArray<Target> = [
  "own circle",
  "own council, outside the circle",
  "another council",
]

let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
let app: ReturnType<typeof makeHttpApp>
const circles = new Map<Target, Circle>()
const actors = new Map<string, Actor>()

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  const own = await seedCircle(runtime, home, "Ada", circleOfCallers)
  circles.set("own circle", own)
  circles.set("own council, outside the circle", await seedCircle(runtime, home, "Remi", strangers))
  circles.set("another council", await seedCircle(runtime, away, "Ada", circleOfCallers))
  for (const role of roles) {
    const personal = role === "person" || role === "carer"
    actors.set(
      role,
      actorOf(home, subjects[role] ?? `${role}-1`, role, personal ? own.personId : undefined),
    )
  }
  app = makeHttpApp({
    runtime,
    // The tokens are this test's own: who calls is not what it checks.
    resolveActor: async (request) =>
      actors.get((request.headers.get("authorization") ?? "").replace("Bearer ", "")),
    readiness: Effect.succeed(true),
    production: true,
    ratePerMinute: 1_000_000,
    graphqlLimits: { maxFields: 5_000 },
  })
}, 120_000)
afterAll(() => runtime.dispose())

interface AuditRow {
  readonly at_position: string
  readonly kind: string
  readonly person_id: string | null
  readonly operation: string
}

let last = "0"
/** The audit rows written since the last look, whichever council they are in. */
const newRows = () =>
  runtime.runPromise(
    acrossCouncils(
      Effect.flatMap(
        SqlClient.SqlClient,
        (sql) =>
          sql<AuditRow>`SELECT position::text AS at_position, kind, person_id, operation
                      FROM audit_log WHERE position > ${last}::bigint ORDER BY position`,
      ),
    ).pipe(
      Effect.tap((rows) =>
        Effect.sync(() => {
          if (rows.length > 0) last = rows.at(-1)!.at_position
        }),
      ),
    ),
  )

const reads = matrixEntries().flatMap((entry) =>
  "probe" in entry && useCaseRegistry[entry.useCase].kind === "read" ? [entry.probe] : [],
)

const subjectOf = (probe: Probe) =>
  useCaseRegistry[probe.useCase].rules.find((r) => r.action === probe.action)?.subject

const tally = {
  calls: 0,
  answered: 0,
  answeredAsWrite: 0,
  refused: 0,
  refusedWithRows: 0,
  otherRefusalsWithRows: 0,
  listedPeople: 0,
  rows: 0,
}

describe(`the audit trail across the access matrix's reads, on ${testDatabaseKind()}`, () => {
  it("walks reads of every kind", () => {
    expect(reads.length).toBeGreaterThan(20)
  })

  it.each(reads.map((probe) => [`${probe.useCase} (${probe.action})`, probe] as const))(
    "%s: an answer leaves a read row naming whom it showed, a refusal none",
    async (_, probe) => {
      await newRows()
      const problems: Array<string> = []
      for (const role of roles) {
        for (const target of probe.targetless ? targets.slice(0, 1) : targets) {
          const circle = circles.get(target)!
          const input = probe.input(circle)
          for (const api of ["tRPC", "GraphQL"] as const) {
            const outcome: Outcome =
              api === "tRPC"
                ? await callTrpc(app.request, role, probe.useCase, input)
                : await callGraphql(app.request, role, probe.useCase, input)
            const rows = await newRows()
            const where = `${role} on ${target} through ${api} (${outcome.code})`
            tally.calls++
            tally.rows += rows.length
            if (outcome.code === "ok") {
              tally.answered++
              if (rows.length === 0) problems.push(`${where}: answered with no audit row`)
              if (
                subjectOf(probe) === "person" &&
                target !== "another council" &&
                !rows.some((r) => r.person_id === circle.personId)
              )
                problems.push(`${where}: no audit row names ${circle.personId}`)
              // A list names everyone it showed, whatever the rule that let the caller list.
              if (subjectOf(probe) !== "person" && !probe.useCase.startsWith("searchAudit")) {
                const named = new Set(rows.map((r) => r.person_id))
                const unnamed = [...personIdsIn(outcome.data)].filter((id) => !named.has(id))
                tally.listedPeople += personIdsIn(outcome.data).size
                if (unnamed.length > 0)
                  problems.push(`${where}: showed ${unnamed.length} people no audit row names`)
              }
              // A query changes nothing: its rows are reads whatever its rule's name.
              if (rows.some((r) => r.kind !== "read")) {
                tally.answeredAsWrite++
                problems.push(`${where}: recorded as a write`)
              }
            } else if (outcome.code === "FORBIDDEN") {
              tally.refused++
              if (rows.length > 0) {
                tally.refusedWithRows++
                problems.push(`${where}: refused, yet ${rows.length} audit row(s)`)
              }
            } else if (rows.length > 0) {
              // Not found (another council's record), say: nothing was shown.
              tally.otherRefusalsWithRows++
              problems.push(`${where}: refused, yet ${rows.length} audit row(s)`)
            }
          }
        }
      }
      expect(problems).toEqual([])
    },
    60_000,
  )

  it("counted every call", () => {
    console.log(`audit across the matrix: ${JSON.stringify(tally)}`)
    expect(tally.answered).toBeGreaterThan(100)
    expect(tally.refused).toBeGreaterThan(100)
    expect(tally.refusedWithRows + tally.otherRefusalsWithRows + tally.answeredAsWrite).toBe(0)
    expect(tally.listedPeople).toBeGreaterThan(20)
  })
})
