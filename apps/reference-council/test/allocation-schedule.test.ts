import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Option, Schema } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { devToken, run, startServer, stopServer, trpc } from "./server.ts"

const dataDir = mkdtempSync(join(tmpdir(), "openpb-allocations-"))
const schema = `openpb_alloc_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL)
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

/** The run's log line as the host writes it; any other JSON line does not decode. */
const RunLine = Schema.Struct({
  event: Schema.Literal("allocations-posted"),
  budgets: Schema.Int,
  allocationsInPlace: Schema.Int,
  failed: Schema.Array(Schema.Unknown),
})
type RunLine = typeof RunLine.Type
const decodeRunLine = Schema.decodeUnknownOption(Schema.fromJsonString(RunLine))

describe("the scheduled allocation run of the reference council", () => {
  it("posts every running budget's due allocations at start, with no one asking, and logs the run", async () => {
    const server = await startServer({
      dataDir,
      schema,
      settings: { OPENPB_ALLOCATION_EVERY_MINUTES: "0" },
    })
    try {
      let line: RunLine | undefined
      for (let tries = 0; line === undefined && tries < 300; tries++) {
        line = server
          .output()
          .split("\n")
          .flatMap((l) => Option.toArray(decodeRunLine(l)))
          .at(0)
        if (line === undefined) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(line).toBeDefined()
      expect(line!.failed).toEqual([])
      expect(line!.budgets).toBeGreaterThan(0)
      expect(line!.allocationsInPlace).toBeGreaterThanOrEqual(line!.budgets)

      const token = await devToken(dataDir, ["finance", "council-admin"])
      const journeys = await trpc<{
        items: ReadonlyArray<{ stage: string; budgetId: string | null }>
      }>(server.url, "journey.list", { first: 100 }, "query", token)
      const running = journeys.items.filter((j) => j.stage === "active" && j.budgetId !== null)
      expect(running.length).toBeGreaterThan(0)
      for (const journey of running) {
        const postings = await trpc<ReadonlyArray<{ kind: string; createdBy: string }>>(
          server.url,
          "ledger.history",
          { budgetId: journey.budgetId },
          "query",
          token,
        )
        expect(postings.some((p) => p.kind === "allocation")).toBe(true)
      }
      // At least one budget's money came from the schedule itself.
      const bySchedule = await Promise.all(
        running.map((j) =>
          trpc<ReadonlyArray<{ createdBy: string }>>(
            server.url,
            "ledger.history",
            { budgetId: j.budgetId },
            "query",
            token,
          ),
        ),
      )
      expect(bySchedule.flat().some((p) => p.createdBy === "system:allocation-schedule")).toBe(true)
      expect(server.output()).toContain("allocations  posted at start")
    } finally {
      expect(await stopServer(server)).toBe(0)
    }
  }, 90_000)
})
