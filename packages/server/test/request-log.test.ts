import { connect } from "node:net"
import { Actor, CouncilId, type DeploymentServices } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type HttpAppOptions, listen, makeHttpApp, type RequestLine } from "../src/index.ts"

const actor = new Actor({
  subject: "staff-7f3a",
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

const makeApp = (
  lines: Array<RequestLine>,
  options: Partial<HttpAppOptions<DeploymentServices | SqlClient.SqlClient>> = {},
) =>
  makeHttpApp({
    runtime,
    resolveActor: async (request) =>
      request.headers.get("authorization") === "Bearer test" ? actor : undefined,
    readiness: Effect.succeed(true),
    production: false,
    logDefect: () => {},
    logRequest: (line) => lines.push(line),
    ...options,
  })
const auth = { authorization: "Bearer test", "content-type": "application/json" }

describe(`request lines and readiness on ${testDatabaseKind()}`, () => {
  it("logs every request in one line: time, request id, subject, use cases, status, duration; no personal data", async () => {
    const lines: Array<RequestLine> = []
    const app = makeApp(lines)
    const created = await app.request("/trpc/person.register", {
      method: "POST",
      headers: { ...auth, "x-request-id": "register-0001" },
      body: JSON.stringify({ givenName: "Zebedee", familyName: "Quartermain" }),
    })
    expect(created.status).toBe(200)
    const person = ((await created.json()) as { result: { data: { id: string } } }).result.data
    await app.request("/graphql", {
      method: "POST",
      headers: { ...auth, "x-request-id": "read-person-0001" },
      body: JSON.stringify({ query: `{ person(personId: "${person.id}") { familyName } }` }),
    })
    await app.request("/health")
    await app.request("/trpc/budget.list", { headers: { "x-request-id": "no-token-0001" } })
    await app.request(`/exports/${person.id}/file`, { headers: auth })

    expect(lines.map((l) => [l.requestId, l.route, l.status, l.subject, l.useCases])).toEqual([
      ["register-0001", "/trpc/*", 200, "staff-7f3a", ["registerPerson"]],
      ["read-person-0001", "/graphql", 200, "staff-7f3a", ["getPerson"]],
      [expect.any(String), "/health", 200, null, []],
      ["no-token-0001", "/trpc/*", 401, null, []],
      [expect.any(String), "/exports/:runId/file", 404, "staff-7f3a", ["openExportFile"]],
    ])
    for (const line of lines) {
      expect(line).toMatchObject({ event: "request", level: "info" })
      expect(Date.parse(line.time)).toBeGreaterThan(Date.now() - 60_000)
      expect(line.durationMs).toBeGreaterThanOrEqual(0)
      expect(line.traceId).toMatch(/^[0-9a-f]{32}$/)
    }
    // Neither the person's name nor the id in a path reaches the log.
    const logged = JSON.stringify(lines)
    expect(logged).not.toContain("Quartermain")
    expect(logged).not.toContain(person.id)
  })

  it("answers /ready with each check, and 503 when any one is not ready", async () => {
    let stopping = false
    const app = makeApp([], {
      readinessChecks: () => [
        { name: "allocations", ready: true, detail: "idle" },
        { name: "process", ready: !stopping },
      ],
    })
    const ready = await app.request("/ready")
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: [
        { name: "database", ready: true },
        { name: "allocations", ready: true, detail: "idle" },
        { name: "process", ready: true },
      ],
    })
    stopping = true
    const stopped = await app.request("/ready")
    expect(stopped.status).toBe(503)
    expect(await stopped.json()).toMatchObject({ status: "unavailable" })
    const noDatabase = makeApp([], { readiness: Effect.succeed(false) })
    expect(await (await noDatabase.request("/ready")).json()).toMatchObject({
      status: "unavailable",
      checks: [{ name: "database", ready: false }],
    })
  })

  it("lets a browser on any origin call with `*`, preflight of the documented headers included", async () => {
    const app = makeApp([], { corsOrigins: ["*"] })
    const preflight = await app.request("/graphql", {
      method: "OPTIONS",
      headers: {
        origin: "https://anywhere.example",
        "access-control-request-method": "POST",
        "access-control-request-headers":
          "authorization, content-type, x-openpb-purpose, x-request-id",
      },
    })
    expect(preflight.status).toBeLessThan(300)
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*")
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").split(",")
    for (const header of ["authorization", "content-type", "x-openpb-purpose", "x-request-id"])
      expect(allowed.map((h) => h.trim())).toContain(header)
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull()
    const answer = await app.request("/graphql", {
      method: "POST",
      headers: { ...auth, origin: "https://anywhere.example", "x-openpb-purpose": "review" },
      body: JSON.stringify({ query: "{ budgets(first: 1) { pageInfo { hasNextPage } } }" }),
    })
    expect(answer.status).toBe(200)
    expect(answer.headers.get("access-control-allow-origin")).toBe("*")
    expect(answer.headers.get("access-control-expose-headers")).toContain("x-request-id")
  })
})

describe("stopping the server", () => {
  /** Sends a POST's headers and part of its body, then waits; resolves with what it was sent. */
  const halfSend = (url: string) => {
    const { port } = new URL(url)
    const socket = connect(Number(port), "127.0.0.1")
    let received = ""
    socket.setEncoding("utf8")
    socket.on("data", (chunk: string) => (received += chunk))
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()))
    socket.on("error", () => {})
    socket.write(
      'POST /trpc/person.register HTTP/1.1\r\nhost: localhost\r\nauthorization: Bearer test\r\ncontent-type: application/json\r\ncontent-length: 40\r\n\r\n{"givenName":',
    )
    return {
      finish: () => socket.write(`"Ada","familyName":"Osei"}`.padEnd(27, " ")),
      closed,
      received: () => received,
    }
  }
  /** Time for the server to read what was sent so far. */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 100))

  it("answers a request in flight that completes within the grace, then closes", async () => {
    const server = await listen(makeApp([]), { port: 0, hostname: "127.0.0.1" })
    const client = halfSend(server.url)
    await settle()
    const closing = server.close({ graceMs: 5_000 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    client.finish()
    expect(await closing).toEqual({ cut: 0 })
    await client.closed
    // It was read whole and answered while the server stopped, not dropped.
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/)
    expect(client.received()).toContain('"givenName":"Ada"')
  })

  it("cuts a half-sent request at the deadline instead of waiting for it", async () => {
    const server = await listen(makeApp([]), { port: 0, hostname: "127.0.0.1" })
    const client = halfSend(server.url)
    await settle()
    const started = performance.now()
    expect(await server.close({ graceMs: 300 })).toEqual({ cut: 1 })
    expect(performance.now() - started).toBeLessThan(3_000)
    await client.closed
    expect(client.received()).toBe("")
  })
})
