import { mkdtempSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Option, Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { devToken, run, startServer, stopServer } from "./server.ts"

const dataDir = mkdtempSync(join(tmpdir(), "openpb-otel-"))
const schema = `openpb_otel_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`

/** OTLP/JSON as the exporter sends it: only what the assertions read. */
const AnyValue = Schema.Struct({
  stringValue: Schema.optional(Schema.String),
  intValue: Schema.optional(Schema.Union([Schema.String, Schema.Number])),
})
const Attribute = Schema.Struct({ key: Schema.String, value: AnyValue })
const Span = Schema.Struct({
  traceId: Schema.String,
  spanId: Schema.String,
  parentSpanId: Schema.optional(Schema.String),
  name: Schema.String,
  attributes: Schema.Array(Attribute),
})
type Span = typeof Span.Type
const Traces = Schema.Struct({
  resourceSpans: Schema.Array(
    Schema.Struct({
      resource: Schema.Struct({ attributes: Schema.Array(Attribute) }),
      scopeSpans: Schema.Array(Schema.Struct({ spans: Schema.Array(Span) })),
    }),
  ),
})
const decodeTraces = Schema.decodeUnknownSync(Schema.fromJsonString(Traces))

const attribute = (span: Span, key: string) =>
  span.attributes.find((a) => a.key === key)?.value.stringValue

/** A collector on loopback: it keeps every body posted to /v1/traces, /v1/metrics, /v1/logs. */
const received: Array<{ readonly path: string; readonly type: string; readonly body: Buffer }> = []
let collector: Server
let collectorUrl = ""

beforeAll(async () => {
  collector = createServer((request, response) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const type = request.headers["content-type"] ?? ""
      received.push({ path: request.url ?? "", type, body: Buffer.concat(chunks) })
      // An empty answer of the same encoding is a full success in OTLP/HTTP.
      response.writeHead(200, { "content-type": type }).end()
    })
  })
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve))
  const address = collector.address()
  collectorUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`
})

afterAll(async () => {
  await new Promise((resolve) => collector.close(resolve))
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL)
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

const RequestLine = Schema.Struct({
  time: Schema.String,
  level: Schema.Literals(["info", "error"]),
  event: Schema.Literal("request"),
  requestId: Schema.String,
  traceId: Schema.NullOr(Schema.String),
  method: Schema.String,
  route: Schema.String,
  status: Schema.Int,
  durationMs: Schema.Number,
  subject: Schema.NullOr(Schema.String),
  council: Schema.NullOr(Schema.String),
  useCases: Schema.Array(Schema.String),
})
const decodeRequestLine = Schema.decodeUnknownOption(Schema.fromJsonString(RequestLine))

describe("observability of the reference council", () => {
  it("sends one trace for a GraphQL request, naming the use case and the SQL, and logs the request in one JSON line", async () => {
    const server = await startServer({
      dataDir,
      schema,
      settings: {
        OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OPENPB_ALLOCATION_EVERY_MINUTES: "0",
      },
    })
    const requestId = `otel-${crypto.randomUUID()}`
    let output = ""
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${await devToken(dataDir)}`,
          "content-type": "application/json",
          "x-request-id": requestId,
        },
        body: JSON.stringify({
          query: "{ budgets(first: 5) { edges { node { id person { familyName } } } } }",
        }),
      })
      const answer = (await response.json()) as { data?: unknown; errors?: unknown }
      expect(answer.errors).toBeUndefined()
      expect(JSON.stringify(answer)).toContain("Okafor")
    } finally {
      // Stopping disposes the runtime, which flushes what the exporters hold.
      expect(await stopServer(server)).toBe(0)
      output = server.output()
    }
    expect(output).toContain(`OTLP (http/json) to ${collectorUrl}`)
    const sent = received.splice(0)
    expect([...new Set(sent.map((r) => r.type))]).toEqual(["application/json"])

    const spans = sent
      .filter((r) => r.path === "/v1/traces")
      .flatMap((r) => decodeTraces(r.body.toString("utf8")).resourceSpans)
      .flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))
    const roots = spans.filter((s) => attribute(s, "openpb.request_id") === requestId)
    expect(roots.map((s) => s.name)).toEqual(["POST /graphql"])
    const [root] = roots
    if (root === undefined) throw new Error("no server span for the request")
    expect(root.parentSpanId ?? "").toBe("")
    const trace = spans.filter((s) => s.traceId === root.traceId)
    // Every span of the trace leads up to the request's span: one trace, not one per use case.
    const byId = new Map(trace.map((s) => [s.spanId, s]))
    for (const span of trace) {
      let at: Span | undefined = span
      for (let hops = 0; at !== undefined && at !== root && hops < 50; hops++)
        at = at.parentSpanId ? byId.get(at.parentSpanId) : undefined
      expect(at, `${span.name} hangs under the request's span`).toBe(root)
    }
    // The use cases by the names the contracts give them, and the SQL they ran.
    const useCases = trace.filter((s) => s.name.startsWith("UseCase."))
    expect(useCases.map((s) => s.name)).toEqual(
      expect.arrayContaining(["UseCase.listBudgets", "UseCase.getPerson"]),
    )
    expect(useCases.every((s) => s.parentSpanId === root.spanId)).toBe(true)
    const sql = trace.flatMap((s) =>
      Option.toArray(Option.fromNullishOr(attribute(s, "db.query.text"))),
    )
    expect(sql.some((text) => /\bselect\b[\s\S]*\bbudget/i.test(text))).toBe(true)
    // No other trace holds this request's use cases.
    const elsewhere = spans.filter(
      (s) => s.traceId !== root.traceId && attribute(s, "openpb.request_id") === requestId,
    )
    expect(elsewhere).toEqual([])
    // The request metrics reached the collector too.
    expect(
      sent
        .filter((r) => r.path === "/v1/metrics")
        .map((r) => r.body.toString("utf8"))
        .join("\n"),
    ).toContain("openpb.http.requests")

    // One JSON line for the request: who (the token's subject), what, how it ended, how long;
    // nothing of the people it was about.
    const lines = output.split("\n").flatMap((l) => Option.toArray(decodeRequestLine(l)))
    const line = lines.find((l) => l.requestId === requestId)
    expect(line).toMatchObject({
      level: "info",
      method: "POST",
      route: "/graphql",
      status: 200,
      subject: "test-staff",
      council: "northmere",
      traceId: root.traceId,
    })
    expect(line?.useCases).toEqual(expect.arrayContaining(["listBudgets", "getPerson"]))
    expect(Number.isNaN(Date.parse(line?.time ?? ""))).toBe(false)
    expect(JSON.stringify(line)).not.toContain("Okafor")
    // Successful requests are logged too: the health checks the test made while waiting.
    expect(lines.some((l) => l.route === "/health" && l.status === 200)).toBe(true)
  })

  it("sends OTLP/HTTP protobuf by default", async () => {
    const server = await startServer({
      dataDir,
      schema,
      settings: {
        OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
        OPENPB_ALLOCATION_EVERY_MINUTES: "0",
      },
    })
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${await devToken(dataDir)}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({ query: "{ budgets(first: 1) { edges { node { id } } } }" }),
      })
      expect(response.status).toBe(200)
    } finally {
      expect(await stopServer(server)).toBe(0)
    }
    const sent = received.splice(0)
    expect([...new Set(sent.map((r) => r.type))]).toEqual(["application/x-protobuf"])
    // Protobuf keeps strings as UTF-8 bytes: the use case's span name is there as written.
    const traces = Buffer.concat(sent.filter((r) => r.path === "/v1/traces").map((r) => r.body))
    expect(traces.includes("UseCase.listBudgets")).toBe(true)
    expect(traces.includes("POST /graphql")).toBe(true)
  })
})
