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
const nodeFlags = [
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

export interface SoakedServer {
  readonly url: string
  /** The process's memory after a forced full collection. */
  readonly memory: () => Promise<Memory>
  readonly snapshot: (file: string) => Promise<string>
  readonly token: (roles: ReadonlyArray<string>) => Promise<string>
  readonly stop: () => Promise<number | null>
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

/**
 * Starts the reference council on PostgreSQL in `schema` (which it creates) with the rate limit
 * out of the way, the bench's memory probe loaded and `--expose-gc`; with `maxOldSpaceMB`, V8
 * is held to that old generation. Resolves once /health answers.
 */
export const startSoakedServer = async (options: {
  readonly databaseUrl: string
  readonly schema: string
  readonly dataDir: string
  readonly maxOldSpaceMB?: number | undefined
}): Promise<SoakedServer> => {
  const port = await freePort()
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    DATABASE_SCHEMA: options.schema,
    OPENPB_DATA_DIR: options.dataDir,
    OPENPB_RATE_PER_MINUTE: String(1_000_000_000),
    NODE_ENV: "development",
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--expose-gc",
      ...(options.maxOldSpaceMB === undefined
        ? []
        : [`--max-old-space-size=${options.maxOldSpaceMB}`]),
      ...nodeFlags,
      "--import",
      probe,
      "src/main.ts",
    ],
    { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe", "ipc"] },
  )
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))

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

  const url = `http://127.0.0.1:${port}`
  const startedAt = performance.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (healthy) break
    if (performance.now() - startedAt > 120_000) {
      child.kill("SIGKILL")
      throw new Error(`no health after 120 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }

  return {
    url,
    memory: () => ask<Memory>({ probe: "memory" }),
    snapshot: (file) =>
      ask<{ file: string }>({ probe: "snapshot", file }).then((reply) => reply.file),
    token: async (roles) => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [...nodeFlags, "src/cli.ts", "token", "--role", roles.join(","), "--subject", "soak"],
        { cwd: appDir, env },
      )
      return stdout.trim()
    },
    stop: () =>
      new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once("exit", (code) => resolve(code))
        child.kill("SIGTERM")
      }),
  }
}
