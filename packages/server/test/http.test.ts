import { Actor, CouncilId, type DeploymentServices } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { documentId, trustedDocumentManifest } from "@openpb/graphql"
import { layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp } from "../src/index.ts"

const actor = new Actor({
  subject: "http-test",
  roles: ["council-admin"],
  councilId: CouncilId.make("northmere"),
})
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  await runtime.runPromise(Effect.void)
})
afterAll(() => runtime.dispose())

const defects: Array<string> = []
const app = (options: { ready?: boolean; production?: boolean } = {}) =>
  makeHttpApp({
    runtime,
    resolveActor: async (request) =>
      request.headers.get("authorization") === "Bearer test" ? actor : undefined,
    readiness: Effect.succeed(options.ready ?? true),
    production: options.production ?? false,
    logDefect: (requestId) => defects.push(requestId),
  })
const auth = { authorization: "Bearer test", "content-type": "application/json" }

describe(`HTTP app on ${testDatabaseKind()}`, () => {
  it("answers liveness, and readiness from the readiness check", async () => {
    expect((await app().request("/health")).status).toBe(200)
    expect((await app().request("/ready")).status).toBe(200)
    expect((await app({ ready: false }).request("/ready")).status).toBe(503)
  })

  it("answers an unknown route with a JSON 404 and a request id", async () => {
    const response = await app().request("/nope")
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } })
    expect(response.headers.get("x-request-id")).toMatch(/.{8,}/)
  })

  it("serves tRPC and GraphQL over the same core", async () => {
    const created = await app().request("/trpc/person.register", {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ givenName: "Ada", familyName: "Osei" }),
    })
    expect(created.status).toBe(200)
    const person = ((await created.json()) as { result: { data: { id: string } } }).result.data
    const viaGraphql = await app().request("/graphql", {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ query: `{ person(personId: "${person.id}") { givenName } }` }),
    })
    expect(await viaGraphql.json()).toEqual({ data: { person: { givenName: "Ada" } } })
  })

  it("maps a core error to its HTTP status through tRPC", async () => {
    const response = await app().request(
      `/trpc/budget.get?input=${encodeURIComponent(JSON.stringify({ budgetId: "0190b6c2-0000-7000-8000-0000000000ee" }))}`,
      { headers: auth },
    )
    expect(response.status).toBe(404)
    const body = (await response.json()) as {
      error: { data: { code: string; openpb: { tag: string } } }
    }
    expect(body.error.data).toMatchObject({ code: "NOT_FOUND", openpb: { tag: "BudgetNotFound" } })
  })

  it("refuses a request that proves no one with 401, before any work", async () => {
    const response = await app().request("/trpc/budget.list", {
      headers: { "content-type": "application/json" },
    })
    expect(response.status).toBe(401)
    const graphql = await app().request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ budgets { edges { cursor } } }" }),
    })
    expect(graphql.status).toBe(401)
  })

  it("offers GraphiQL outside production only", async () => {
    const page = (production: boolean) =>
      app({ production }).request("/graphql", { headers: { accept: "text/html" } })
    expect((await (await page(false)).text()).toLowerCase()).toContain("graphiql")
    expect((await page(true)).status).toBe(401)
  })
})

describe("HTTP hardening", () => {
  const hardened = (options: {
    ratePerMinute?: number
    bodyLimitBytes?: number
    corsOrigins?: Array<string>
    trustedDocuments?: { manifest: Record<string, string>; only: boolean }
  }) =>
    makeHttpApp({
      runtime,
      resolveActor: async (request) =>
        request.headers.get("authorization") === "Bearer test" ? actor : undefined,
      readiness: Effect.succeed(true),
      production: true,
      ...options,
    })

  it("sends security headers", async () => {
    const response = await hardened({}).request("/health")
    expect(response.headers.get("x-content-type-options")).toBe("nosniff")
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN")
    expect(response.headers.get("strict-transport-security")).toContain("max-age")
  })

  it("refuses a body over the limit with 413", async () => {
    const response = await hardened({ bodyLimitBytes: 1_000 }).request("/trpc/person.register", {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ givenName: "x".repeat(5_000), familyName: "y" }),
    })
    expect(response.status).toBe(413)
  })

  it("limits each actor's requests per minute with 429", async () => {
    const limited = hardened({ ratePerMinute: 3 })
    const statuses: Array<number> = []
    for (let i = 0; i < 5; i++)
      statuses.push((await limited.request("/trpc/budget.list", { headers: auth })).status)
    expect(statuses.slice(0, 3).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(3)).toEqual([429, 429])
    const refused = await limited.request("/trpc/budget.list", { headers: auth })
    expect(refused.status).toBe(429)
    // Three a minute: one request's token is back within 20 seconds.
    expect(refused.headers.get("retry-after")).toBe("20")
  })

  it("answers malformed JSON with 400 on both APIs, running nothing", async () => {
    const app = hardened({})
    for (const path of ["/trpc/person.register", "/graphql"]) {
      const response = await app.request(path, { method: "POST", headers: auth, body: "{bad" })
      expect(response.status, path).toBe(400)
    }
  })

  it("refuses a rate limit that would switch the API off", () => {
    expect(() => hardened({ ratePerMinute: 0 })).toThrow(/at least one request a minute/)
  })

  it("tells browsers and shared caches not to keep answers about people", async () => {
    const app = hardened({})
    const trpc = await app.request("/trpc/budget.list", { headers: auth })
    expect(trpc.status).toBe(200)
    expect(trpc.headers.get("cache-control")).toBe("no-store")
    const graphql = await app.request("/graphql", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ budgets(first: 1) { edges { node { id } } } }" }),
    })
    expect(graphql.status).toBe(200)
    expect(graphql.headers.get("cache-control")).toBe("no-store")
    expect((await app.request("/health")).headers.get("cache-control")).toBeNull()
  })

  it("lets an allowed origin send the purpose header the README invites", async () => {
    const app = hardened({ corsOrigins: ["https://portal.northmere.example"] })
    const preflight = await app.request("/trpc/budget.list", {
      method: "OPTIONS",
      headers: {
        origin: "https://portal.northmere.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization, x-openpb-purpose",
      },
    })
    expect(preflight.status).toBeLessThan(300)
    expect(preflight.headers.get("access-control-allow-headers")).toContain("x-openpb-purpose")
  })

  it("answers CORS only for the configured origins", async () => {
    const app = hardened({ corsOrigins: ["https://portal.northmere.example"] })
    const allowed = await app.request("/trpc/budget.list", {
      headers: { ...auth, origin: "https://portal.northmere.example" },
    })
    expect(allowed.headers.get("access-control-allow-origin")).toBe(
      "https://portal.northmere.example",
    )
    const other = await app.request("/trpc/budget.list", {
      headers: { ...auth, origin: "https://evil.example" },
    })
    expect(other.headers.get("access-control-allow-origin")).toBeNull()
  })

  it("runs trusted documents by id and, when told, no other document", async () => {
    const budgets = "query Budgets { budgets(first: 1) { pageInfo { hasNextPage } } }"
    const manifest = trustedDocumentManifest([budgets])
    const send = (only: boolean, body: unknown) =>
      Promise.resolve(
        hardened({ trustedDocuments: { manifest, only } }).request("/graphql", {
          method: "POST",
          headers: auth,
          body: JSON.stringify(body),
        }),
      ).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { data?: unknown; errors?: Array<{ extensions: object }> },
      }))
    const byId = { documentId: `sha256:${documentId(budgets)}` }
    for (const only of [true, false]) {
      expect(await send(only, byId)).toMatchObject({
        status: 200,
        body: { data: { budgets: { pageInfo: { hasNextPage: false } } } },
      })
      expect(await send(only, { documentId: documentId(`${budgets} `) })).toMatchObject({
        status: 400,
        body: { errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] },
      })
    }
    const arbitrary = { query: "{ budgets(first: 2) { edges { cursor } } }" }
    expect(await send(true, arbitrary)).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: "TRUSTED_DOCUMENTS_ONLY" } }] },
    })
    expect((await send(false, arbitrary)).status).toBe(200)
  })
})
