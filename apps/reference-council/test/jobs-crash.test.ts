import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { duePeriods, generateCaseloadCsv, londonDateOf } from "@openpb/core"
import { afterAll, describe, expect, it } from "vitest"
import { devToken, psqlValue, run, type Started, startServer, stopServer, trpc } from "./server.ts"

/*
 * kill -9 of a server in the middle of an allocation run and of an export, on PostgreSQL: after
 * a restart the export completes (or fails with its reason), every due allocation is posted
 * exactly once (none twice, none lost), and no job is left `active` without a process. The same
 * for a caseload import: the restarted process goes on from where the dead one stopped, and
 * every row is imported once.
 */

const databaseUrl = process.env.DATABASE_URL
const dataDir = mkdtempSync(join(tmpdir(), "openpb-jobs-crash-"))
const exportsDir = mkdtempSync(join(tmpdir(), "openpb-jobs-crash-exports-"))
const schema = `openpb_jobcrash_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
const jobSchema = `${schema}_jobs`
const council = "northmere"
/** Budgets seeded straight into the database: few active (the run posts for these), many ended. */
const ACTIVE = 250
const ALL = 120_000
const schedule = {
  startDate: "2026-01-01",
  frequency: "monthly",
  pauses: [],
  endDate: null,
} as const

/** Job states that have not ended: waiting, waiting to retry, or running. */
const unsettled = "('created', 'retry', 'active')"

const settings = {
  OPENPB_ALLOCATION_EVERY_MINUTES: "0",
  OPENPB_WEBHOOK_EVERY_SECONDS: "0",
  OPENPB_EXPORTS_DIR: exportsDir,
  OPENPB_JOB_HEARTBEAT_SECONDS: "10",
  OPENPB_JOB_SUPERVISE_SECONDS: "1",
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(exportsDir, { recursive: true, force: true })
  if (databaseUrl)
    await run("psql", [
      databaseUrl,
      "-qc",
      `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${jobSchema} CASCADE`,
    ])
})

const query = (sql: string) => psqlValue(databaseUrl!, schema, sql)

// Ids the demo never uses, and valid UUIDs (version 4, RFC variant) as every boundary checks.
const budgetId = (g: string) => `('00000000-0000-4000-8000-' || lpad(${g}::text, 12, '0'))::uuid`
const personId = (n: string) => `('00000000-0000-4000-9000-' || lpad(${n}::text, 12, '0'))::uuid`
const seeded = `id IN (SELECT ${budgetId("g")} FROM generate_series(1, ${ACTIVE}) g)`

const seed = () =>
  query(`
    INSERT INTO people (id, council_id, given_name, family_name, created_at)
      SELECT ${personId("n")}, '${council}', 'Given', 'Crash ' || n,
             timestamptz '2025-01-01T00:00:00Z'
      FROM generate_series(1, 1000) n;
    INSERT INTO budgets (id, council_id, person_id, status, amount_pence, funding_streams,
                         delivery_mechanism, version, created_at)
      SELECT ${budgetId("g")}, '${council}', ${personId("(1 + g % 1000)")},
             CASE WHEN g <= ${ACTIVE} THEN 'active' ELSE 'ended' END, 120000 + g,
             jsonb_build_array(jsonb_build_object('stream', 'council-social-care', 'amountPence', 120000 + g)),
             'notional', 1, timestamptz '2026-01-01T00:00:00Z'
      FROM generate_series(1, ${ALL}) g;
    INSERT INTO ledger_schedules (budget_id, council_id, schedule)
      SELECT id, council_id, '${JSON.stringify(schedule)}'::jsonb FROM budgets WHERE ${seeded};
    ANALYZE people, budgets, ledger_schedules;`)

/** Allocation postings on the seeded budgets, and how many distinct (budget, period) keys. */
const allocations = async () => {
  const [postings, keys] = (
    await query(
      `SELECT count(*), count(DISTINCT (budget_id, idempotency_key)) FROM ledger_postings
       WHERE kind = 'allocation' AND budget_id IN (SELECT id FROM budgets WHERE ${seeded})`,
    )
  )
    .split("|")
    .map(Number)
  return { postings: postings!, keys: keys! }
}

/** The half-written files of a run's attempts (`budgets-<run>.csv.<attempt>.partial`). */
const partialsOf = (runId: string) =>
  readdirSync(exportsDir).filter(
    (name) => name.startsWith(`budgets-${runId}.csv.`) && name.endsWith(".partial"),
  )

interface RunView {
  readonly id: string
  readonly status: string
  readonly error: string | null
  readonly rowCount: number
}

describe.runIf(databaseUrl !== undefined)(
  "kill -9 during an allocation run and an export, on PostgreSQL (this suite needs DATABASE_URL)",
  () => {
    it("completes the export or fails it with a reason, and posts every due allocation exactly once", async () => {
      // A first start migrates and seeds the demo; then the big council goes in behind its back.
      let server: Started = await startServer({ dataDir, schema, settings })
      expect(await stopServer(server)).toBe(0)
      await seed()
      const periods = duePeriods(schedule, londonDateOf(Date.now())).length
      const expected = ACTIVE * periods
      expect(periods).toBeGreaterThan(0)

      server = await startServer({ dataDir, schema, settings })
      const token = await devToken(dataDir, ["finance", "council-admin"])
      // The start's allocation run gets under way; an export joins it.
      for (let tries = 0; (await allocations()).postings === 0 && tries < 3000; tries++)
        await new Promise((resolve) => setTimeout(resolve, 10))
      const started = await trpc<RunView>(
        server.url,
        "export.start",
        { exporterId: "budgets", format: "csv" },
        "mutation",
        token,
      )
      // Killed once the export's file is being written (a `.partial` file) and the run has posted.
      const streaming = () => readdirSync(exportsDir).some((name) => name.endsWith(".partial"))
      for (let tries = 0; !streaming() && tries < 3000; tries++)
        await new Promise((resolve) => setTimeout(resolve, 10))
      const wasStreaming = streaming()
      server.child.kill("SIGKILL")
      await new Promise((resolve) => server.child.once("exit", resolve))
      const atKill = await allocations()
      const exportAtKill = await query(`SELECT status FROM export_runs WHERE id = '${started.id}'`)
      console.log(
        `kill -9 with ${atKill.postings} of ${expected} allocations posted; export ${exportAtKill}${wasStreaming ? ", its file half written" : ""}`,
      )
      expect(wasStreaming).toBe(true)
      expect(exportAtKill).toBe("running")
      // The kill landed in the middle of the run: some posted, not all.
      expect(atKill.postings).toBeGreaterThan(0)
      expect(atKill.postings).toBeLessThan(expected)
      expect(atKill.postings).toBe(atKill.keys)

      // The process that comes back takes over what the dead one held (its heartbeat stopped).
      server = await startServer({ dataDir, schema, settings })
      try {
        let after = atKill
        let runView: RunView | undefined
        for (let tries = 0; tries < 1200; tries++) {
          after = await allocations()
          runView = await trpc<RunView>(
            server.url,
            "export.get",
            { runId: started.id },
            "query",
            token,
          )
          const active = Number(
            await query(`SELECT count(*) FROM ${jobSchema}.job WHERE state IN ${unsettled}`),
          )
          if (after.postings >= expected && runView.status !== "running" && active === 0) break
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        console.log(
          `after the restart: export ${runView?.status}${runView?.error ? ` (${runView.error})` : ""}`,
        )
        // Every due allocation exactly once: none twice, none lost.
        expect(after).toEqual({ postings: expected, keys: expected })
        const perBudget = await query(
          `SELECT count(*) FROM (SELECT budget_id FROM ledger_postings WHERE kind = 'allocation'
             AND budget_id IN (SELECT id FROM budgets WHERE ${seeded})
             GROUP BY budget_id HAVING count(*) <> ${periods}) wrong`,
        )
        expect(Number(perBudget)).toBe(0)
        // The export ended: completed with its file, or failed with its reason.
        expect(runView?.status).not.toBe("running")
        if (runView?.status === "completed") {
          const file = await fetch(`${server.url}/exports/${started.id}/file`, {
            headers: { authorization: `Bearer ${token}` },
          })
          expect(file.status).toBe(200)
          const lines = (await file.text()).trimEnd().split("\n")
          expect(lines.length - 1).toBe(runView.rowCount)
          expect(runView.rowCount).toBeGreaterThanOrEqual(ALL)
        } else {
          expect(runView?.status).toBe("failed")
          expect(runView?.error).toBeTruthy()
        }
        // The dead attempt's half-written file went with the attempt that finished.
        expect(partialsOf(started.id)).toEqual([])
        // No job is left active without a process: the dead one's were failed for their missed
        // heartbeat and retried (or given up), and every job has ended.
        const active = await query(
          `SELECT count(*) FROM ${jobSchema}.job WHERE state IN ${unsettled}`,
        )
        expect(Number(active)).toBe(0)
      } finally {
        expect(await stopServer(server)).toBe(0)
      }
    }, 240_000)

    it("fails an export with its reason when its last attempt dies with its process", async () => {
      // No retry: the attempt the kill cuts short is the last, so the export is given up.
      const once = { ...settings, OPENPB_JOB_RETRY_LIMIT: "0" }
      let server = await startServer({ dataDir, schema, settings: once })
      const token = await devToken(dataDir, ["finance", "council-admin"])
      const started = await trpc<RunView>(
        server.url,
        "export.start",
        { exporterId: "budgets", format: "csv" },
        "mutation",
        token,
      )
      for (let tries = 0; partialsOf(started.id).length === 0 && tries < 3000; tries++)
        await new Promise((resolve) => setTimeout(resolve, 10))
      expect(partialsOf(started.id)).toHaveLength(1)
      server.child.kill("SIGKILL")
      await new Promise((resolve) => server.child.once("exit", resolve))

      server = await startServer({ dataDir, schema, settings: once })
      try {
        let runView: RunView | undefined
        for (let tries = 0; tries < 900; tries++) {
          runView = await trpc<RunView>(
            server.url,
            "export.get",
            { runId: started.id },
            "query",
            token,
          )
          if (runView.status !== "running") break
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(runView?.status).toBe("failed")
        expect(runView?.error).toMatch(/^gave up after 1 attempt: the process running it stopped/)
        // The job list says the same, through the API.
        const jobs = await trpc<ReadonlyArray<{ exportRunId: string | null; state: string }>>(
          server.url,
          "jobs.list",
          {},
          "query",
          token,
        )
        expect(jobs.find((j) => j.exportRunId === started.id)?.state).toBe("failed")
        expect(server.output()).toContain('"event":"job-abandoned"')
      } finally {
        expect(await stopServer(server)).toBe(0)
      }
    }, 120_000)

    it("goes on with a caseload import from where a killed process stopped: every row once", async () => {
      let server = await startServer({ dataDir, schema, settings })
      const token = await devToken(dataDir, ["council-admin"])
      const ROWS = 2_000
      const file = generateCaseloadCsv(ROWS, 0).csv
      const peopleBefore = Number(await query("SELECT count(*) FROM people"))
      const started = await trpc<{ id: string; status: string }>(
        server.url,
        "import.caseload",
        { csv: file.match(/[\s\S]{1,20000}/g), sourceSystem: "crash-system" },
        "mutation",
        token,
      )
      expect(started.status).toBe("running")
      const processed = async () =>
        Number(await query(`SELECT processed_rows FROM import_runs WHERE id = '${started.id}'`))
      for (let tries = 0; (await processed()) === 0 && tries < 3000; tries++)
        await new Promise((resolve) => setTimeout(resolve, 10))
      server.child.kill("SIGKILL")
      await new Promise((resolve) => server.child.once("exit", resolve))
      const atKill = await processed()
      console.log(`kill -9 with ${atKill} of ${ROWS} import rows done`)
      expect(atKill).toBeGreaterThan(0)
      expect(atKill).toBeLessThan(ROWS)
      expect(await query(`SELECT status FROM import_runs WHERE id = '${started.id}'`)).toBe(
        "running",
      )

      server = await startServer({ dataDir, schema, settings })
      try {
        let status = "running"
        for (let tries = 0; status === "running" && tries < 1800; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          status = await query(`SELECT status FROM import_runs WHERE id = '${started.id}'`)
        }
        expect(status).toBe("completed")
        const [total, done, created, failed, unchanged] = (
          await query(
            `SELECT total_rows, processed_rows, created_rows, failed_rows, unchanged_rows
             FROM import_runs WHERE id = '${started.id}'`,
          )
        )
          .split("|")
          .map(Number)
        // Nothing `unchanged`: the next attempt went on from the dead one's last batch, not from
        // the top of the file (which would find the rows already written unchanged).
        expect([total, done, unchanged]).toEqual([ROWS, ROWS, 0])
        expect(created).toBeGreaterThan(atKill / 2)
        expect(created! + failed!).toBe(ROWS)
        // Each source record once, each a person of its own, and no person twice.
        const [marks, people] = (
          await query(
            `SELECT count(*), count(DISTINCT person_id) FROM import_sources
             WHERE source_system = 'crash-system'`,
          )
        )
          .split("|")
          .map(Number)
        expect([marks, people]).toEqual([created, created])
        expect(Number(await query("SELECT count(*) FROM people")) - peopleBefore).toBe(created)
        // The file went with the run's end.
        expect(
          await query(`SELECT count(*) FROM import_files WHERE run_id = '${started.id}'`),
        ).toBe("0")
      } finally {
        expect(await stopServer(server)).toBe(0)
      }
    }, 240_000)
  },
)
