import { defineDeployment } from "@openpb/plugin-sdk"
import { ConfigProvider, Effect } from "effect"
import { describe, expect, it } from "vitest"
import { type CouncilApp, exportWorkerOf, hostConfig } from "../src/index.ts"

const configFrom = (env: Record<string, string>) =>
  Effect.runPromise(
    hostConfig("data").pipe(Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(env)))),
  )

const deployment = defineDeployment({
  council: { id: "worker", name: "A council with an export worker", nation: "england" },
  plugins: [],
})
const entry = new URL("./exportWorker.ts", import.meta.url)
const withWorker: CouncilApp = { deployment, exportWorker: entry }
const postgres = { DATABASE_URL: "postgres://openpb@db.example/openpb", DATABASE_SCHEMA: "council" }

describe("where a server's export jobs stream", () => {
  it("in a worker on PostgreSQL, on the same database, schema and exports directory", async () => {
    const worker = exportWorkerOf(withWorker, await configFrom(postgres), "/srv/exports")
    expect(worker?.entry).toBe(entry)
    expect(worker?.setup).toEqual({
      databaseUrl: postgres.DATABASE_URL,
      schema: "council",
      exportsDir: "/srv/exports",
    })
  })

  it("with the worker's own heap limits, never the server's", async () => {
    const worker = exportWorkerOf(
      withWorker,
      await configFrom({ ...postgres, OPENPB_EXPORT_WORKER_HEAP_MB: "256" }),
      "/srv/exports",
    )
    const flags = worker?.execArgv ?? []
    expect(flags.filter((flag) => flag.startsWith("--max-old-space-size"))).toEqual([
      "--max-old-space-size=256",
    ])
    expect(flags.filter((flag) => flag.startsWith("--max-semi-space-size"))).toEqual([
      "--max-semi-space-size=8",
    ])
    // The host runs from its TypeScript source here: the worker is told the source condition.
    expect(flags.join(" ")).toMatch(/(--conditions=|--conditions |-C=?)@openpb\/source/)
  })

  it("in the server's process with PGlite, without a worker module, or with a heap of 0", async () => {
    expect(exportWorkerOf(withWorker, await configFrom({}), "/srv/exports")).toBeUndefined()
    expect(
      exportWorkerOf({ deployment }, await configFrom(postgres), "/srv/exports"),
    ).toBeUndefined()
    const off = await configFrom({ ...postgres, OPENPB_EXPORT_WORKER_HEAP_MB: "0" })
    expect(exportWorkerOf(withWorker, off, "/srv/exports")).toBeUndefined()
  })
})
