import { type ChildProcess, execFile, spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"

/** The reference council, run as `pnpm start` runs it: with the Node flags of its start script. */
const appDir = fileURLToPath(new URL("../../../../apps/reference-council/", import.meta.url))
const probe = fileURLToPath(new URL("./probe.ts", import.meta.url))
const startScript: string = JSON.parse(readFileSync(join(appDir, "package.json"), "utf8")).scripts
  .start
export const nodeFlags = [
  ...startScript.split(/\s+/).filter((word) => word.startsWith("--")),
  "--disable-warning=ExperimentalWarning",
]

export interface Memory {
  readonly rss: number
  readonly heapUsed: number
  readonly heapTotal: number
  readonly external: number
  readonly arrayBuffers: number
}

/** CPU time a process has used, in microseconds. */
export interface CpuTime {
  readonly user: number
  readonly system: number
}

/** A server process the bench started, with the probe loaded and its IPC channel open. */
export interface ProbedServer {
  readonly url: string
  /** The process's memory after a forced full collection. */
  readonly memory: () => Promise<Memory>
  /** The CPU time the process has used so far. */
  readonly cpu: () => Promise<CpuTime>
  readonly snapshot: (file: string) => Promise<string>
  /** Milliseconds from spawning the process to its first healthy answer. */
  readonly startedInMs: number
  readonly stop: () => Promise<number | null>
}

export interface SoakedServer extends ProbedServer {
  readonly token: (roles: ReadonlyArray<string>) => Promise<string>
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

/** The last part of a child's output, kept to explain a failure (a server logs every request). */
const outputTail = (child: ChildProcess) => {
  let output = ""
  const keep = (chunk: Buffer | string) => {
    output = (output + chunk).slice(-16_384)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  return () => output
}

/**
 * Spawns `node <flags> --import <probe> <script>` with an IPC channel and resolves once
 * `<url>/health` answers 200.
 */
export const startProbedServer = async (options: {
  readonly cwd: string
  readonly script: string
  readonly nodeFlags: ReadonlyArray<string>
  readonly env: NodeJS.ProcessEnv
  readonly port: number
}): Promise<ProbedServer> => {
  const spawnedAt = performance.now()
  const child: ChildProcess = spawn(
    process.execPath,
    [...options.nodeFlags, "--import", probe, options.script],
    { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe", "ipc"] },
  )
  const output = outputTail(child)

  let nextId = 0
  const waiting = new Map<number, (reply: unknown) => void>()
  child.on("message", (reply: { id: number }) => {
    waiting.get(reply.id)?.(reply)
    waiting.delete(reply.id)
  })
  const ask = <A>(message: Record<string, unknown>) =>
    new Promise<A>((resolve) => {
      const id = ++nextId
      waiting.set(id, resolve as (reply: unknown) => void)
      child.send({ ...message, id })
    })

  const url = `http://127.0.0.1:${options.port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output()}`)
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (healthy) break
    if (performance.now() - spawnedAt > 120_000) {
      child.kill("SIGKILL")
      throw new Error(`no health after 120 s:\n${output()}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  const startedInMs = performance.now() - spawnedAt

  return {
    url,
    startedInMs,
    memory: () => ask<Memory>({ probe: "memory" }),
    cpu: () => ask<CpuTime>({ probe: "cpu" }),
    snapshot: (file) =>
      ask<{ file: string }>({ probe: "snapshot", file }).then((reply) => reply.file),
    stop: () =>
      new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once("exit", (code) => resolve(code))
        child.kill("SIGTERM")
      }),
  }
}

/**
 * Starts the reference council on PostgreSQL in `schema` (which it creates), or on PGlite in
 * `dataDir` without `databaseUrl`, with the rate limit out of the way, the bench's probe loaded
 * and `--expose-gc`; with `maxOldSpaceMB`, V8 is held to that old generation. Resolves once
 * /health answers.
 */
export const startSoakedServer = async (options: {
  readonly databaseUrl?: string | undefined
  readonly schema?: string | undefined
  readonly dataDir: string
  readonly maxOldSpaceMB?: number | undefined
}): Promise<SoakedServer> => {
  const port = await freePort()
  const { DATABASE_URL: _url, DATABASE_SCHEMA: _schema, ...inherited } = process.env
  const env = {
    ...inherited,
    PORT: String(port),
    ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
    ...(options.schema === undefined ? {} : { DATABASE_SCHEMA: options.schema }),
    OPENPB_DATA_DIR: options.dataDir,
    OPENPB_RATE_PER_MINUTE: String(1_000_000_000),
    NODE_ENV: "development",
  }
  const server = await startProbedServer({
    cwd: appDir,
    script: "src/main.ts",
    nodeFlags: [
      "--expose-gc",
      ...(options.maxOldSpaceMB === undefined
        ? []
        : [`--max-old-space-size=${options.maxOldSpaceMB}`]),
      ...nodeFlags,
    ],
    env,
    port,
  })
  return {
    ...server,
    token: async (roles) => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [...nodeFlags, "src/cli.ts", "token", "--role", roles.join(","), "--subject", "soak"],
        { cwd: appDir, env },
      )
      return stdout.trim()
    },
  }
}
