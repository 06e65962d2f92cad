import { createHash } from "node:crypto"
import {
  Actor,
  CouncilId,
  createBudget,
  CurrentActor,
  type DeploymentServices,
  registerPerson,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const actors = new Map<string, Actor>([
  ["finance", new Actor({ subject: "finance-1", roles: ["finance"], councilId })],
  ["finance-2", new Actor({ subject: "finance-2", roles: ["finance"], councilId })],
  ["commissioner", new Actor({ subject: "comm-1", roles: ["commissioner"], councilId })],
  ["practitioner", new Actor({ subject: "prac-1", roles: ["practitioner"], councilId })],
  [
    "other-council",
    new Actor({ subject: "finance-9", roles: ["finance"], councilId: CouncilId.make("elsewhere") }),
  ],
])
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
let app: ReturnType<typeof makeHttpApp>
const BUDGETS = 7

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  app = makeHttpApp({
    runtime,
    resolveActor: async (request) =>
      actors.get((request.headers.get("authorization") ?? "").replace("Bearer ", "")),
    readiness: Effect.succeed(true),
    production: false,
  })
  const admin = new Actor({ subject: "admin", roles: ["council-admin"], councilId })
  await runtime.runPromise(
    Effect.gen(function* () {
      for (let i = 0; i < BUDGETS; i++) {
        const person = yield* registerPerson({
          givenName: "Export",
          familyName: `Case${i}`,
          dateOfBirth: "1980-01-01",
        })
        yield* createBudget({
          personId: person.id,
          amountPence: 100_000 + i,
          fundingStreams: [{ stream: "council-social-care", amountPence: 100_000 + i }],
          deliveryMechanism: "direct-payment",
        })
      }
    }).pipe(Effect.provideService(CurrentActor, admin)),
  )
})
afterAll(() => runtime.dispose())

const call = async (who: string, path: string, input: unknown, method: "GET" | "POST") => {
  const response = await app.request(
    // No input is sent as tRPC's client sends it: no `input` parameter at all.
    method === "GET"
      ? `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`
      : `/trpc/${path}`,
    {
      method,
      headers: { authorization: `Bearer ${who}`, "content-type": "application/json" },
      ...(method === "POST" ? { body: JSON.stringify(input) } : {}),
    },
  )
  const body = (await response.json()) as {
    result?: { data: RunView & ReadonlyArray<{ id: string }> }
    error?: { data?: { code?: string } }
  }
  // A refusal has no data: the tests read `code` then, and `data` only after a success.
  return {
    data: body.result?.data as RunView & ReadonlyArray<{ id: string }>,
    code: body.error?.data?.code,
  }
}

/** An export run as both APIs answer it (the fields these tests read). */
interface RunView {
  readonly id: string
  readonly status: string
  readonly rowCount: number
  readonly checksumSha256: string | null
  readonly exporterId: string
  readonly exporterVersion: string
}

const untilEnded = async (who: string, runId: string) => {
  for (;;) {
    const { data } = await call(who, "export.get", { runId }, "GET")
    if (data.status !== "running") return data
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe(`exports over HTTP on ${testDatabaseKind()}`, () => {
  it("starts an export, follows it, and downloads the file with its checksum", async () => {
    const started = await call(
      "finance",
      "export.start",
      { exporterId: "budgets", format: "csv" },
      "POST",
    )
    expect(started.data.status).toBe("running")
    const run = await untilEnded("finance", started.data.id)
    expect(run).toMatchObject({
      status: "completed",
      rowCount: BUDGETS,
      exporterId: "budgets",
      exporterVersion: "1.0.0",
    })
    const response = await app.request(`/exports/${run.id}/file`, {
      headers: { authorization: "Bearer finance" },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toContain("text/csv")
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(run.checksumSha256)
    expect(response.headers.get("x-openpb-export-sha256")).toBe(run.checksumSha256)
    expect(new TextDecoder().decode(bytes).trim().split("\r\n")).toHaveLength(BUDGETS + 1)
  })

  it("lists only the exporters a role may run: a commissioner never sees or runs a person-level one", async () => {
    expect(
      (await call("finance", "export.exporters", undefined, "GET")).data.map(
        (e: { id: string }) => e.id,
      ),
    ).toContain("budgets")
    expect((await call("commissioner", "export.exporters", undefined, "GET")).data).toEqual([])
    expect(
      (await call("commissioner", "export.start", { exporterId: "budgets", format: "csv" }, "POST"))
        .code,
    ).toBe("FORBIDDEN")
    expect((await call("practitioner", "export.exporters", undefined, "GET")).code).toBe(
      "FORBIDDEN",
    )
  })

  it("answers bad requests with typed errors and records nothing", async () => {
    expect(
      (await call("finance", "export.start", { exporterId: "nope", format: "csv" }, "POST")).code,
    ).toBe("NOT_FOUND")
    expect(
      (await call("finance", "export.start", { exporterId: "budgets", format: "pdf" }, "POST"))
        .code,
    ).toBe("BAD_REQUEST")
    expect(
      (
        await call(
          "finance",
          "export.start",
          {
            exporterId: "budgets",
            format: "csv",
            parameters: { createdIn: { from: "2026-05-01", to: "2026-04-01" } },
          },
          "POST",
        )
      ).code,
    ).toBe("BAD_REQUEST")
  })

  it("keeps a run and its file from anyone else: another user gets 404, another council too, no token 401", async () => {
    const started = await call(
      "finance",
      "export.start",
      { exporterId: "budgets", format: "jsonl" },
      "POST",
    )
    const run = await untilEnded("finance", started.data.id)
    for (const who of ["finance-2", "other-council"]) {
      expect((await call(who, "export.get", { runId: run.id }, "GET")).code).toBe("NOT_FOUND")
      expect(
        (
          await app.request(`/exports/${run.id}/file`, {
            headers: { authorization: `Bearer ${who}` },
          })
        ).status,
      ).toBe(404)
    }
    expect((await app.request(`/exports/${run.id}/file`)).status).toBe(401)
    expect((await call("finance", "export.cancel", { runId: run.id }, "POST")).code).toBe(
      "CONFLICT",
    )
  })

  it("starts and follows an export through GraphQL too", async () => {
    const gql = async (query: string, variables: Record<string, unknown>) =>
      (await (
        await app.request("/graphql", {
          method: "POST",
          headers: { authorization: "Bearer finance", "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as {
        data: { startExport: RunView; exportRun: RunView & { format: string } }
        errors?: Array<{ extensions?: { code?: string } }>
      }
    // The input is typed: the format is an enum value, checked by GraphQL itself.
    const started = await gql(
      'mutation ($f: ExportFormat!) { startExport(input: { exporterId: "budgets", format: $f }) { id status } }',
      { f: "XLSX" },
    )
    expect(started.errors).toBeUndefined()
    expect(started.data.startExport.status).toBe("RUNNING")
    const refused = await gql(
      'mutation { startExport(input: { exporterId: "budgets", format: "xlsx" }) { id } }',
      {},
    )
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST")
    const id = started.data.startExport.id
    let run: RunView & { format: string }
    for (;;) {
      const answer = await gql(
        "query ($id: ID!) { exportRun(runId: $id) { status format rowCount checksumSha256 } }",
        { id },
      )
      expect(answer.errors).toBeUndefined()
      run = answer.data.exportRun
      if (run.status !== "RUNNING") break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(run).toMatchObject({ status: "COMPLETED", format: "XLSX", rowCount: BUDGETS })
    // The file is downloaded over HTTP, as for a run started through tRPC.
    const file = await app.request(`/exports/${id}/file`, {
      headers: { authorization: "Bearer finance" },
    })
    expect(new Uint8Array(await file.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    )
  })
})
