import { Actor, AuditLog, CouncilId, type DeploymentServices, PersonId } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
let personId = ""
const actors = new Map<string, Actor>()
let app: ReturnType<typeof makeHttpApp>

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  actors.set("admin", new Actor({ subject: "admin-1", roles: ["council-admin"], councilId }))
  actors.set("auditor", new Actor({ subject: "auditor-1", roles: ["auditor"], councilId }))
  app = makeHttpApp({
    runtime,
    resolveActor: async (request) =>
      actors.get((request.headers.get("authorization") ?? "").replace("Bearer ", "")),
    readiness: Effect.succeed(true),
    production: false,
  })
})
afterAll(() => runtime.dispose())

const auditCount = () =>
  runtime.runPromise(
    Effect.gen(function* () {
      const log = yield* AuditLog
      yield* log.flush
      return (yield* log.search({ councilId, limit: 1000 })).length
    }),
  )
const latest = () =>
  runtime.runPromise(
    Effect.gen(function* () {
      const log = yield* AuditLog
      yield* log.flush
      return yield* log.search({ councilId, limit: 1 })
    }),
  )

const trpc = (
  who: string,
  path: string,
  input: unknown,
  method: "GET" | "POST",
  purpose?: string,
) =>
  app.request(
    method === "GET"
      ? `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
      : `/trpc/${path}`,
    {
      method,
      headers: {
        authorization: `Bearer ${who}`,
        "content-type": "application/json",
        ...(purpose ? { "x-openpb-purpose": purpose } : {}),
      },
      ...(method === "POST" ? { body: JSON.stringify(input) } : {}),
    },
  )
const graphql = (who: string, query: string, purpose?: string) =>
  app.request("/graphql", {
    method: "POST",
    headers: {
      authorization: `Bearer ${who}`,
      "content-type": "application/json",
      ...(purpose ? { "x-openpb-purpose": purpose } : {}),
    },
    body: JSON.stringify({ query }),
  })

describe(`the audit trail on ${testDatabaseKind()}`, () => {
  it("records exactly one entry per read and write of personal data, with actor, API and purpose", async () => {
    let before = await auditCount()
    const created = await trpc(
      "admin",
      "person.register",
      { givenName: "Ada", familyName: "Osei" },
      "POST",
    )
    personId = ((await created.json()) as { result: { data: { id: string } } }).result.data.id
    expect(await auditCount()).toBe(before + 1)
    expect((await latest())[0]).toMatchObject({
      actorSubject: "admin-1",
      operation: "person.register",
      kind: "write",
      api: "trpc",
    })

    before = await auditCount()
    expect(
      (await trpc("admin", "person.get", { personId }, "GET", "annual review preparation")).status,
    ).toBe(200)
    expect(await auditCount()).toBe(before + 1)
    expect((await latest())[0]).toMatchObject({
      operation: "person.read",
      kind: "read",
      personId,
      purpose: "annual review preparation",
    })

    before = await auditCount()
    expect(
      (
        await graphql(
          "admin",
          `{ person(personId: "${personId}") { givenName } }`,
          "safeguarding check",
        )
      ).status,
    ).toBe(200)
    expect(await auditCount()).toBe(before + 1)
    expect((await latest())[0]).toMatchObject({
      operation: "person.read",
      api: "graphql",
      purpose: "safeguarding check",
    })
  })

  it("a refused command leaves no audit record of a change", async () => {
    const before = await auditCount()
    const response = await trpc(
      "admin",
      "budget.create",
      { personId, amountPence: 10, fundingStreams: [], deliveryMechanism: "notional" },
      "POST",
    )
    expect(response.status).toBe(400)
    expect(await auditCount()).toBe(before)
  })

  it("the auditor searches it through both APIs, and a person sees who looked at their record", async () => {
    const viaTrpc = (await (
      await trpc("auditor", "audit.search", { personId }, "GET", "audit case 12")
    ).json()) as {
      result: { data: Array<{ actorSubject: string }> }
    }
    expect(viaTrpc.result.data.some((e) => e.actorSubject === "admin-1")).toBe(true)
    const viaGraphql = (await (
      await graphql("auditor", `{ auditTrail(personId: "${personId}") { actorSubject operation } }`)
    ).json()) as {
      data: { auditTrail: Array<{ actorSubject: string }> }
    }
    expect(viaGraphql.data.auditTrail.some((e) => e.actorSubject === "admin-1")).toBe(true)
    expect((await trpc("admin", "audit.search", { personId }, "GET")).status).toBe(403)
    actors.set(
      "ada",
      new Actor({
        subject: "ada",
        roles: ["person"],
        councilId,
        personId: PersonId.make(personId),
      }),
    )
    const mine = (await (
      await trpc("ada", "audit.whoSawMyRecord", { personId }, "GET")
    ).json()) as {
      result: { data: Array<{ who: string; what: string; purpose: string | null }> }
    }
    expect(mine.result.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          who: "admin-1",
          what: "person.read",
          purpose: "annual review preparation",
        }),
      ]),
    )
  })
})
