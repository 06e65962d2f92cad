import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createOpenpbClient, documents, requestGraphql, withHeaders } from "../src/index.ts"

/** A stand-in server that records each request's path and headers and answers like tRPC would. */
const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = []
const server = createServer((request, response) => {
  seen.push({ path: request.url ?? "", headers: request.headers })
  request.resume()
  request.on("end", () => {
    const url = new URL(request.url ?? "/", "http://localhost")
    response.setHeader("content-type", "application/json")
    if (url.pathname === "/graphql") {
      response.end(JSON.stringify({ data: { myCaseload: [] } }))
      return
    }
    const person = { id: "p1", givenName: "Ada" }
    const batched = url.searchParams.get("batch") === "1"
    const count = url.pathname.replace("/trpc/", "").split(",").length
    const one = { result: { data: person } }
    response.end(JSON.stringify(batched ? Array.from({ length: count }, () => one) : one))
  })
})
let url = ""
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("extra headers", () => {
  it("are sent with every call of a client, and a call's own go with that call only", async () => {
    seen.length = 0
    let n = 0
    const client = createOpenpbClient({
      url,
      token: () => "t0k",
      headers: () => ({ "x-request-id": `req-${++n}`, "x-openpb-purpose": "caseload" }),
    })
    await client.person.get.query({ personId: "p1" })
    await client.person.get.query(
      { personId: "p1" },
      withHeaders({ "x-openpb-purpose": "annual review", "x-request-id": "mine" }),
    )
    expect(seen.map((r) => r.path.split("?")[0])).toEqual(["/trpc/person.get", "/trpc/person.get"])
    expect(seen[0]!.headers).toMatchObject({
      authorization: "Bearer t0k",
      "x-request-id": "req-1",
      "x-openpb-purpose": "caseload",
    })
    // The call's headers win over the client's; the token is always the client's.
    expect(seen[1]!.headers).toMatchObject({
      authorization: "Bearer t0k",
      "x-request-id": "mine",
      "x-openpb-purpose": "annual review",
    })
  })

  it("a call with its own headers is not batched with other calls", async () => {
    seen.length = 0
    const client = createOpenpbClient({ url, token: () => "t" })
    await Promise.all([
      client.person.get.query({ personId: "a" }),
      client.person.get.query({ personId: "b" }),
      client.person.get.query({ personId: "c" }, withHeaders({ "x-openpb-purpose": "audit" })),
    ])
    const purposes = seen.map((r) => [r.path.split("?")[0], r.headers["x-openpb-purpose"]])
    expect(purposes).toContainEqual(["/trpc/person.get,person.get", undefined])
    expect(purposes).toContainEqual(["/trpc/person.get", "audit"])
    expect(seen).toHaveLength(2)
  })

  it("batches at most 10 calls a request, the most the server accepts", async () => {
    seen.length = 0
    const client = createOpenpbClient({ url, token: () => "t" })
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => client.person.get.query({ personId: `p${i}` })),
    )
    const sizes = seen.map((r) => (r.path.split("?")[0] ?? "").split(",").length)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(25)
    expect(Math.max(...sizes)).toBe(10)
  })

  it("are sent with GraphQL requests, per client and per request", async () => {
    seen.length = 0
    const options = { url, token: () => "g", headers: { "X-OpenPB-Purpose": "caseload" } }
    await requestGraphql(options, documents.Caseload, {})
    await requestGraphql(options, documents.Caseload, {}, { "x-request-id": "r-9" })
    expect(seen[0]!.headers).toMatchObject({
      authorization: "Bearer g",
      "x-openpb-purpose": "caseload",
    })
    expect(seen[1]!.headers).toMatchObject({
      "x-openpb-purpose": "caseload",
      "x-request-id": "r-9",
    })
  })
})
