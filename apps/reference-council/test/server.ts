import { type ChildProcess, execFile, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { loadDevIssuer } from "@openpb/host"
import { afterAll, beforeAll } from "vitest"

export const appDir = fileURLToPath(new URL("..", import.meta.url))
export const run = promisify(execFile)

/** The Node flags of the app's start script, so tests run the server exactly as `pnpm start` does. */
export const startFlags: ReadonlyArray<string> = (
  JSON.parse(readFileSync(join(appDir, "package.json"), "utf8")).scripts.start as string
)
  .split(/\s+/)
  .filter((word) => word.startsWith("--"))

/** One value from a schema of the test database, read as its owner (no row-level security). */
export const psqlValue = async (databaseUrl: string, schema: string, sql: string) => {
  const { stdout } = await run("psql", [
    databaseUrl,
    "-qAtc",
    `SET search_path TO ${schema}; ${sql}`,
  ])
  return stdout.trim()
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

export interface Started {
  readonly child: ChildProcess
  readonly url: string
  readonly output: () => string
  readonly millisToHealthy: number
}

/**
 * The schemas the servers of this test file used on PostgreSQL: each server's job queue keeps
 * its own schema beside it (`<schema>_jobs`), dropped here once the file's own cleanup has run.
 */
const jobSchemasUsed = new Set<string>()
afterAll(async () => {
  if (process.env.DATABASE_URL === undefined || jobSchemasUsed.size === 0) return
  await run("psql", [
    process.env.DATABASE_URL,
    "-qc",
    [...jobSchemasUsed].map((schema) => `DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`).join("; "),
  ])
})

/** Starts the reference council as `pnpm start` does, on a free port, and waits for /health. */
export const startServer = async (env: {
  readonly dataDir: string
  readonly schema: string
  readonly ratePerMinute?: number
  /** Further settings, as a deployment would give them (a research key, say). */
  readonly settings?: Readonly<Record<string, string>>
}): Promise<Started> => {
  const port = await freePort()
  jobSchemasUsed.add(env.schema)
  const startedAt = performance.now()
  const child = spawn(
    // Node itself, not a wrapper: a wrapper relaying signals can kill the server before it
    // stops cleanly on a loaded machine.
    process.execPath,
    [...startFlags, "src/main.ts"],
    {
      cwd: appDir,
      env: {
        ...process.env,
        PORT: String(port),
        OPENPB_DATA_DIR: env.dataDir,
        DATABASE_SCHEMA: env.schema,
        OPENPB_RATE_PER_MINUTE: String(env.ratePerMinute ?? 600),
        NODE_ENV: "development",
        ...env.settings,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  )
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (healthy) break
    if (performance.now() - startedAt > 60_000) throw new Error(`no health after 60 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return { child, url, output: () => output, millisToHealthy: performance.now() - startedAt }
}

export const stopServer = (started: Started, signal: NodeJS.Signals = "SIGTERM") =>
  new Promise<number | null>((resolve) => {
    if (started.child.exitCode !== null) return resolve(started.child.exitCode)
    started.child.once("exit", (code) => resolve(code))
    started.child.kill(signal)
  })

/** A token from the development issuer of the server that keeps its data in `dataDir`. */
export const devToken = async (
  dataDir: string,
  roles: ReadonlyArray<string> = ["council-admin", "finance", "approver"],
) => (await loadDevIssuer(dataDir)).sign({ subject: "test-staff", roles, council: "northmere" })

/** Calls a tRPC procedure over HTTP; resolves with its data or rejects with its error body. */
export const trpc = async <A>(
  url: string,
  path: string,
  input: unknown,
  kind: "query" | "mutation" = "mutation",
  token?: string,
): Promise<A> => {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }
  const response =
    kind === "query"
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers,
        })
      : await fetch(`${url}/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(input) })
  const body = (await response.json()) as {
    result?: { data: A }
    error?: { data?: { code?: string }; message?: string }
  }
  if (body.result) return body.result.data
  throw Object.assign(new Error(body.error?.message ?? `HTTP ${response.status}`), {
    code: body.error?.data?.code,
  })
}

/**
 * One reference council for a test file, with the demo data: started before the file's tests
 * with a development token for `roles`, stopped and its data (directory or schema) removed after.
 */
export const useDemoServer = (
  name: string,
  roles: ReadonlyArray<string>,
  settings: Readonly<Record<string, string>> = {},
) => {
  const dataDir = mkdtempSync(join(tmpdir(), `openpb-${name}-`))
  const schema = `openpb_${name}_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
  const state: { server?: Started; token?: string } = {}
  beforeAll(async () => {
    state.server = await startServer({ dataDir, schema, settings })
    state.token = await devToken(dataDir, roles)
  }, 90_000)
  afterAll(async () => {
    if (state.server) await stopServer(state.server)
    rmSync(dataDir, { recursive: true, force: true })
    if (process.env.DATABASE_URL)
      await run("psql", [
        process.env.DATABASE_URL,
        "-qc",
        `DROP SCHEMA IF EXISTS ${schema} CASCADE`,
      ])
  })
  return {
    url: () => state.server!.url,
    token: () => state.token!,
    /** A development token for someone else: a person (with their record's id) or a carer. */
    tokenFor: async (claims: {
      readonly subject: string
      readonly roles: ReadonlyArray<string>
      readonly personId?: string
    }) => (await loadDevIssuer(dataDir)).sign({ ...claims, council: "northmere" }),
  }
}

/** Every decision of the demo data, as the demo server's token may read them, person by person. */
export const demoDecisions = async <D>(demo: {
  readonly url: () => string
  readonly token: () => string
}): Promise<ReadonlyArray<D>> => {
  const page = await trpc<{ items: ReadonlyArray<{ personId: string }> }>(
    demo.url(),
    "journey.list",
    { first: 100 },
    "query",
    demo.token(),
  )
  const people = [...new Set(page.items.map((j) => j.personId))]
  const lists = await Promise.all(
    people.map((personId) =>
      trpc<ReadonlyArray<D>>(demo.url(), "decision.ofPerson", { personId }, "query", demo.token()),
    ),
  )
  return lists.flat()
}
