import { Actor, CouncilId, type DeploymentServices } from "@openpb/core"
import { Effect, Layer, ManagedRuntime } from "effect"
import { getIntrospectionQuery } from "graphql"
import { afterAll, describe, expect, it } from "vitest"
import { makeHttpApp } from "../src/index.ts"

// Nothing here reaches a use case: an empty runtime proves it.
const runtime = ManagedRuntime.make(Layer.empty) as unknown as ManagedRuntime.ManagedRuntime<
  DeploymentServices,
  unknown
>
afterAll(() => runtime.dispose())

const actor = new Actor({
  subject: "tooling-test",
  roles: ["council-admin"],
  councilId: CouncilId.make("northmere"),
})
const app = (production: boolean, graphqlLimits?: { maxDepth?: number; maxBatch?: number }) =>
  makeHttpApp({
    runtime,
    resolveActor: async (request) =>
      request.headers.get("authorization") === "Bearer test" ? actor : undefined,
    readiness: Effect.succeed(true),
    production,
    ...(graphqlLimits ? { graphqlLimits } : {}),
  })
const json = { "content-type": "application/json" }

describe("GraphQL tooling on a running server", () => {
  it("refuses /graphql without a token with a GraphQL-shaped 401; tRPC's stays tRPC-shaped", async () => {
    const graphql = await app(false).request("/graphql", {
      method: "POST",
      headers: json,
      body: JSON.stringify({ query: "{ __typename }" }),
    })
    expect(graphql.status).toBe(401)
    expect(await graphql.json()).toEqual({
      errors: [
        { message: "Sign in: send a valid bearer token", extensions: { code: "UNAUTHORIZED" } },
      ],
    })
    const trpc = await app(false).request("/trpc/budget.list", { headers: json })
    expect(trpc.status).toBe(401)
    expect(await trpc.json()).toEqual({
      error: { code: "UNAUTHORIZED", message: "Sign in: send a valid bearer token" },
    })
  })

  it("answers the standard introspection query with the default limits", async () => {
    const response = await app(false).request("/graphql", {
      method: "POST",
      headers: { ...json, authorization: "Bearer test" },
      body: JSON.stringify({ query: getIntrospectionQuery({ inputValueDeprecation: true }) }),
    })
    const body = (await response.json()) as { data?: { __schema: unknown }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    expect(body.data?.__schema).toBeDefined()
  })

  it("applies the limits it is given", async () => {
    const response = await app(false, { maxDepth: 2 }).request("/graphql", {
      method: "POST",
      headers: { ...json, authorization: "Bearer test" },
      body: JSON.stringify({ query: "{ budgets { edges { cursor } } }" }),
    })
    const body = (await response.json()) as { errors: Array<{ extensions: { limit: string } }> }
    expect(body.errors[0]?.extensions.limit).toBe("depth")
  })

  it("serves GraphiQL's page and code itself, no CDN, outside production only", async () => {
    const page = await app(false).request("/graphql", { headers: { accept: "text/html" } })
    const html = await page.text()
    expect(html).toContain("/graphiql/graphiql.js")
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
    for (const [name, type] of [
      ["graphiql.js", "text/javascript"],
      ["graphiql.css", "text/css"],
      ["editor.worker.js", "text/javascript"],
      ["json.worker.js", "text/javascript"],
      ["graphql.worker.js", "text/javascript"],
    ] as const) {
      const asset = await app(false).request(`/graphiql/${name}`)
      expect(asset.status, name).toBe(200)
      expect(asset.headers.get("content-type")).toContain(type)
      expect((await asset.text()).length).toBeGreaterThan(1000)
      const again = await app(false).request(`/graphiql/${name}`, {
        headers: { "if-none-match": asset.headers.get("etag") ?? "" },
      })
      expect(again.status).toBe(304)
    }
    expect((await app(false).request("/graphiql/../package.json")).status).toBe(404)
    expect((await app(false).request("/graphiql/secrets.js")).status).toBe(404)
    expect((await app(true).request("/graphiql/graphiql.js")).status).toBe(404)
  })
})
