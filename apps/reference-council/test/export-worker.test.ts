import { createHash } from "node:crypto"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { devToken, psqlValue, run, type Started, startServer, stopServer, trpc } from "./server.ts"

/*
 * On PostgreSQL a server streams each export job in a worker process of its own (the app's
 * `exportWorker`, its heap bounded apart from the server's): the run completes there with every
 * row and the checksum of its file, and a cancel through the server stops the worker, the run
 * ending `cancelled` with no file left behind.
 */

const databaseUrl = process.env.DATABASE_URL
const dataDir = mkdtempSync(join(tmpdir(), "openpb-export-worker-"))
const exportsDir = mkdtempSync(join(tmpdir(), "openpb-export-worker-files-"))
const schema = `openpb_expworker_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
const settings = {
  OPENPB_EXPORTS_DIR: exportsDir,
  OPENPB_ALLOCATION_EVERY_MINUTES: "0",
  OPENPB_WEBHOOK_EVERY_SECONDS: "0",
}
/** Budgets added to the demo's, enough for an export to be caught while it streams. */
const EXTRA = 300_000

interface RunView {
  readonly id: string
  readonly status: string
  readonly rowCount: number
  readonly checksumSha256: string | null
  readonly error: string | null
}

const query = (sql: string) => psqlValue(databaseUrl!, schema, sql)

/** The worker a server said it started for a run, from its `export-worker` log line. */
const workerOf = (server: Started, runId: string): number | undefined => {
  for (const line of server.output().split("\n")) {
    if (!line.includes('"event":"export-worker"')) continue
    const parsed: unknown = JSON.parse(line)
    if (typeof parsed !== "object" || parsed === null) continue
    if ("runId" in parsed && parsed.runId === runId && "pid" in parsed)
      return typeof parsed.pid === "number" ? parsed.pid : undefined
  }
  return undefined
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const until = async (done: () => boolean | Promise<boolean>, what: string, seconds = 60) => {
  for (let tries = 0; tries < seconds * 20; tries++) {
    if (await done()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`not within ${seconds} s: ${what}`)
}

const state: { server?: Started | undefined; token?: string } = {}

beforeAll(async () => {
  if (!databaseUrl) return
  state.server = await startServer({ dataDir, schema, settings })
  state.token = await devToken(dataDir, ["finance", "council-admin"])
}, 90_000)

afterAll(async () => {
  if (state.server) expect(await stopServer(state.server)).toBe(0)
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(exportsDir, { recursive: true, force: true })
  if (databaseUrl)
    await run("psql", [
      databaseUrl,
      "-qc",
      `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`,
    ])
})

const followRun = async (runId: string, until: (run: RunView) => boolean) => {
  for (let tries = 0; ; tries++) {
    const view = await trpc<RunView>(
      state.server!.url,
      "export.get",
      { runId },
      "query",
      state.token,
    )
    if (until(view) || tries > 1200) return view
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** An export started on `server`, once its worker is writing its file. */
const exportWritingInWorker = async (server: Started) => {
  const started = await trpc<RunView>(
    server.url,
    "export.start",
    { exporterId: "budgets", format: "csv" },
    "mutation",
    state.token,
  )
  await until(() => workerOf(server, started.id) !== undefined, "the export's worker to start")
  const pid = workerOf(server, started.id)!
  await until(
    () => readdirSync(exportsDir).some((name) => name.startsWith(`budgets-${started.id}.`)),
    "the export's file to be written",
  )
  return { started, pid }
}

describe.runIf(databaseUrl !== undefined)(
  "an export job in a worker process, on PostgreSQL (this suite needs DATABASE_URL; with PGlite exports stream in the server's process)",
  () => {
    it("streams the export in a process of its own: every row, and its file's checksum", async () => {
      const server = state.server!
      const started = await trpc<RunView>(
        server.url,
        "export.start",
        { exporterId: "budgets", format: "csv" },
        "mutation",
        state.token,
      )
      const ended = await followRun(started.id, (view) => view.status !== "running")
      expect(ended.status).toBe("completed")
      // Another process streamed it, which the server named in its log.
      const pid = workerOf(server, started.id)
      expect(pid).toBeTypeOf("number")
      expect(pid).not.toBe(server.child.pid)
      await until(() => !alive(pid!), "the worker to exit", 10)
      // Every budget of the council, and the file's own SHA-256.
      const budgets = Number(
        await query("SELECT count(*) FROM budgets WHERE council_id = 'northmere'"),
      )
      expect(budgets).toBeGreaterThan(0)
      expect(ended.rowCount).toBe(budgets)
      const file = await fetch(`${server.url}/exports/${started.id}/file`, {
        headers: { authorization: `Bearer ${state.token}` },
      })
      expect(file.status).toBe(200)
      const bytes = new Uint8Array(await file.arrayBuffer())
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(ended.checksumSha256)
      const lines = new TextDecoder().decode(bytes).trimEnd().split("\n")
      expect(lines.length - 1).toBe(budgets)
      expect(server.output()).toContain('"event":"job-done"')
    }, 90_000)

    it("stops the worker when the export is cancelled: the run ends cancelled, no file left", async () => {
      const server = state.server!
      await query(`
      INSERT INTO people (id, council_id, given_name, family_name, created_at)
        SELECT ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, 'northmere',
               'Given', 'Worker ' || n, timestamptz '2025-01-01T00:00:00Z'
        FROM generate_series(1, 1000) n;
      INSERT INTO budgets (id, council_id, person_id, status, amount_pence, funding_streams,
                           delivery_mechanism, version, created_at)
        SELECT ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'northmere',
               ('00000000-0000-4000-9000-' || lpad((1 + g % 1000)::text, 12, '0'))::uuid,
               'ended', 120000 + g,
               jsonb_build_array(jsonb_build_object('stream', 'council-social-care', 'amountPence', 120000 + g)),
               'notional', 1, timestamptz '2026-01-01T00:00:00Z'
        FROM generate_series(1, ${EXTRA}) g;
      ANALYZE people, budgets;`)
      const started = await trpc<RunView>(
        server.url,
        "export.start",
        { exporterId: "budgets", format: "csv" },
        "mutation",
        state.token,
      )
      const partials = () =>
        readdirSync(exportsDir).filter(
          (name) => name.startsWith(`budgets-${started.id}.`) && name.endsWith(".partial"),
        )
      await until(() => partials().length > 0, "the export's file to be written")
      const pid = workerOf(server, started.id)
      expect(pid).toBeTypeOf("number")
      const cancelled = await trpc<RunView>(
        server.url,
        "export.cancel",
        { runId: started.id },
        "mutation",
        state.token,
      )
      expect(cancelled.status).toBe("cancelled")
      expect(cancelled.rowCount).toBeLessThan(EXTRA)
      expect(alive(pid!)).toBe(false)
      expect(partials()).toEqual([])
      expect(readdirSync(exportsDir).filter((name) => name.includes(started.id))).toEqual([])
    }, 120_000)

    it("stops its worker with it when the server is stopped: the run is completed or left running, never failed", async () => {
      const server = state.server!
      const { started, pid } = await exportWritingInWorker(server)
      expect(await stopServer(server)).toBe(0)
      await until(() => !alive(pid), "the worker to stop with its server", 5)
      const status = await query(`SELECT status FROM export_runs WHERE id = '${started.id}'`)
      console.log(`stopped with its export in a worker: the run is ${status}`)
      expect(["completed", "running"]).toContain(status)
      state.server = await startServer({ dataDir, schema, settings })
    }, 120_000)

    it("leaves the run running for another process when the server is killed: its worker goes too", async () => {
      const server = state.server!
      const { started, pid } = await exportWritingInWorker(server)
      server.child.kill("SIGKILL")
      await new Promise((resolve) => server.child.once("exit", resolve))
      state.server = undefined
      // The worker notices its server has gone and stops, recording nothing: the job is the
      // queue's to hand to another process once the dead one's heartbeat is missed.
      await until(() => !alive(pid), "the worker to stop after its server", 5)
      expect(await query(`SELECT status FROM export_runs WHERE id = '${started.id}'`)).toBe(
        "running",
      )
    }, 120_000)
  },
)
