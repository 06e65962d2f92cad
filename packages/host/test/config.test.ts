import { ConfigProvider, Effect, Option } from "effect"
import { describe, expect, it } from "vitest"
import { describeStartFailure, readHostConfig } from "../src/index.ts"

const read = (env: Record<string, string>) =>
  Effect.runPromise(
    readHostConfig("data").pipe(
      Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(env))),
      Effect.result,
    ),
  )

const problems = async (env: Record<string, string>) => {
  const result = await read(env)
  return result._tag === "Failure" ? result.failure.problems : []
}

describe("reading the settings at start", () => {
  it.each([
    ["PORT", "abc", /^PORT="abc" must be a port number from 1 to 65535$/],
    ["PORT", "70000", /^PORT="70000" must be a port/],
    ["OPENPB_RATE_PER_MINUTE", "0", /^OPENPB_RATE_PER_MINUTE="0" must be a whole number from 1/],
    ["OPENPB_CORS_ORIGINS", "*,https://portal.example", /^OPENPB_CORS_ORIGINS=.* must be \* alone/],
    [
      "OPENPB_CORS_ORIGINS",
      "https://portal.example/",
      /^OPENPB_CORS_ORIGINS=.*no path or trailing slash$/,
    ],
    ["OPENPB_CORS_ORIGINS", "portal.example", /^OPENPB_CORS_ORIGINS=/],
    [
      "OPENPB_OIDC_ISSUER",
      "council-id",
      /^OPENPB_OIDC_ISSUER="council-id" must be the issuer's URL/,
    ],
    ["OPENPB_OIDC_JWKS_URL", "keys.json", /^OPENPB_OIDC_JWKS_URL="keys.json" must be the URL/],
    ["DATABASE_URL", "mysql://db.example/openpb", /^DATABASE_URL must be a PostgreSQL URL/],
    ["DATABASE_SCHEMA", "Council-1", /^DATABASE_SCHEMA="Council-1" must be a schema name/],
    ["OPENPB_SHUTDOWN_GRACE_SECONDS", "-1", /^OPENPB_SHUTDOWN_GRACE_SECONDS="-1" must be/],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318", /^OTEL_EXPORTER_OTLP_ENDPOINT=.* base URL/],
    [
      "OTEL_EXPORTER_OTLP_PROTOCOL",
      "grpc",
      /^OTEL_EXPORTER_OTLP_PROTOCOL="grpc" must be .*gRPC is not supported/,
    ],
    ["NODE_ENV", "prod", /^NODE_ENV="prod" must be development, test or production$/],
    [
      "OPENPB_EXPORT_WORKER_HEAP_MB",
      "32",
      /^OPENPB_EXPORT_WORKER_HEAP_MB="32" must be 0 \(exports stream in the server's process\) or a whole number of MB from 64/,
    ],
  ])("refuses %s=%s in one line naming it and what it must be", async (name, value, line) => {
    const found = await problems({ [name]: value })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(line)
  })

  it("lists every bad setting, one line each, not only the first", async () => {
    const found = await problems({
      PORT: "abc",
      OPENPB_RATE_PER_MINUTE: "0",
      OPENPB_CORS_ORIGINS: "*,https://portal.example",
      OPENPB_OIDC_JWKS_URL: "keys.json",
    })
    expect(found.map((line) => line.split(/[= ]/)[0])).toEqual([
      "PORT",
      "OPENPB_OIDC_JWKS_URL",
      "OPENPB_RATE_PER_MINUTE",
      "OPENPB_CORS_ORIGINS",
    ])
    for (const line of found) expect(line).not.toContain("\n")
  })

  it("gives an export worker a heap of 128 MB unless told, and 0 keeps exports in the server", async () => {
    const unset = await read({})
    expect(unset._tag === "Success" && unset.success.exportWorkerHeapMB).toBe(128)
    const off = await read({ OPENPB_EXPORT_WORKER_HEAP_MB: "0" })
    expect(off._tag === "Success" && off.success.exportWorkerHeapMB).toBe(0)
  })

  it("never prints a database URL it refuses: it may hold a password", async () => {
    const [line] = await problems({ DATABASE_URL: "mysql://admin:hunter2@db.example/openpb" })
    expect(line).not.toContain("hunter2")
  })

  it("takes * alone as any origin, and a list of origins as given", async () => {
    const any = await read({ OPENPB_CORS_ORIGINS: "*" })
    expect(any._tag === "Success" && any.success.corsOrigins).toEqual(["*"])
    const list = await read({
      OPENPB_CORS_ORIGINS: "https://portal.example, http://localhost:5173",
    })
    expect(list._tag === "Success" && list.success.corsOrigins).toEqual([
      "https://portal.example",
      "http://localhost:5173",
    ])
  })

  it("exports telemetry only when an OTLP endpoint is set, by protobuf unless told JSON", async () => {
    const off = await read({})
    expect(off._tag === "Success" && Option.isNone(off.success.otlpEndpoint)).toBe(true)
    const on = await read({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://localhost:4318" })
    expect(on._tag === "Success" && on.success.otlpProtocol).toBe("http/protobuf")
  })
})

describe("a start that fails", () => {
  it("says why in one line, the causes under the error included", () => {
    const refused = new Error("PgConnection: Failed to connect", {
      cause: new Error("connect ECONNREFUSED\n 127.0.0.1:5432"),
    })
    expect(describeStartFailure(refused)).toBe(
      "PgConnection: Failed to connect: connect ECONNREFUSED 127.0.0.1:5432",
    )
  })

  it("says where the password goes when the database asks for one the URL does not give", () => {
    const asked = new Error("PgConnection: No password configured", {
      cause: new Error("The server requested password authentication"),
    })
    const line = describeStartFailure(asked, {
      databaseUrl: Option.some("postgres://council@db.example:5432/openpb"),
    })
    expect(line).toMatch(/^PgConnection: No password configured: The server requested password/)
    expect(line).toContain("DATABASE_URL names no password: give it as postgres://user:password@")
    expect(line).not.toContain("\n")
  })
})
