import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { loadDevIssuer } from "@openpb/host"

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

export interface RunningCouncil {
  readonly url: string
  readonly output: () => string
  call<A>(path: string, input: unknown, kind?: "query" | "mutation"): Promise<A>
  stop(): Promise<number | null>
}

/** Starts an app in `apps/` as `pnpm start` does, with its own data, and signs in as its admin. */
export const startCouncil = async (app: string, councilId: string): Promise<RunningCouncil> => {
  const appDir = fileURLToPath(new URL(`../../../apps/${app}/`, import.meta.url))
  const dataDir = join(mkdtempSync(join(tmpdir(), `openpb-${app}-`)), "data")
  const port = await freePort()
  const schema = `compare_${app.replace(/[^a-z]/g, "_")}_${process.pid}`
  const child: ChildProcess = spawn(
    process.execPath,
    ["--experimental-strip-types", "--conditions=@openpb/source", "src/main.ts"],
    {
      cwd: appDir,
      env: {
        ...process.env,
        PORT: String(port),
        OPENPB_DATA_DIR: dataDir,
        DATABASE_SCHEMA: schema,
        NODE_ENV: "development",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  )
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${app} exited early:\n${output}`)
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (performance.now() - started > 90_000)
      throw new Error(`${app}: no health after 90 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  const token = await (await loadDevIssuer(dataDir)).sign({
    subject: "comparison-admin",
    roles: ["council-admin", "approver"],
    council: councilId,
  })
  return {
    url,
    output: () => output,
    call: async <A>(path: string, input: unknown, kind: "query" | "mutation" = "mutation") => {
      const headers = { "content-type": "application/json", authorization: `Bearer ${token}` }
      const response =
        kind === "query"
          ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
              headers,
            })
          : await fetch(`${url}/trpc/${path}`, {
              method: "POST",
              headers,
              body: JSON.stringify(input),
            })
      const body = (await response.json()) as { result?: { data: A }; error?: { message?: string } }
      if (body.result) return body.result.data
      throw new Error(`${app} ${path}: ${body.error?.message ?? response.status}`)
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once("exit", (code) => resolve(code))
        child.kill("SIGTERM")
      }),
  }
}
