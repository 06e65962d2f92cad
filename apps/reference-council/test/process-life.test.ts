import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { connect, createServer, type Server } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest"
import { appDir, devToken, freePort, run, startFlags, startServer, stopServer } from "./server.ts"

const dataDir = mkdtempSync(join(tmpdir(), "openpb-life-"))
const schema = `openpb_life_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL)
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

const baseEnv = () => ({
  ...process.env,
  OPENPB_DATA_DIR: dataDir,
  DATABASE_SCHEMA: schema,
  NODE_ENV: "development",
  OPENPB_ALLOCATION_EVERY_MINUTES: "0",
})

/** The server started with `settings`, expected to refuse: its exit code and what it printed. */
const refusal = (settings: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [...startFlags, "src/main.ts"], {
      cwd: appDir,
      env: { ...baseEnv(), PORT: "4999", ...settings },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout?.on("data", (chunk) => (stdout += chunk))
    child.stderr?.on("data", (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })

/** A PostgreSQL server in name only: it answers every start-up by asking for a password. */
let askingForPassword: Server
let askingPort = 0
beforeAll(async () => {
  askingForPassword = createServer((socket) => {
    socket.once("data", () => {
      // AuthenticationCleartextPassword: 'R', length 8, code 3.
      const ask = Buffer.alloc(9)
      ask.write("R", 0)
      ask.writeInt32BE(8, 1)
      ask.writeInt32BE(3, 5)
      socket.end(ask)
    })
    socket.on("error", () => {})
  })
  await new Promise<void>((resolve) => askingForPassword.listen(0, "127.0.0.1", resolve))
  const address = askingForPassword.address()
  askingPort = typeof address === "object" && address ? address.port : 0
})
afterAll(() => new Promise((resolve) => askingForPassword.close(resolve)))

describe("bad settings stop the start, one clear line each", () => {
  it.each([
    [{ PORT: "abc" }, [/^OpenPB could not start: PORT="abc" must be a port number/]],
    [
      { OPENPB_RATE_PER_MINUTE: "0" },
      [/^OpenPB could not start: OPENPB_RATE_PER_MINUTE="0" must be a whole number from 1/],
    ],
    [
      { OPENPB_CORS_ORIGINS: "*,https://portal.example" },
      [/^OpenPB could not start: OPENPB_CORS_ORIGINS=.* must be \* alone/],
    ],
    [
      { OPENPB_OIDC_ISSUER: "https://id.example" },
      [/^OpenPB could not start: OpenID Connect is half configured: set OPENPB_OIDC_AUDIENCE/],
    ],
    [
      { PORT: "abc", OPENPB_RATE_PER_MINUTE: "0", OPENPB_OIDC_JWKS_URL: "keys" },
      [/ PORT="abc"/, /OPENPB_OIDC_JWKS_URL="keys"/, / OPENPB_RATE_PER_MINUTE="0"/],
    ],
  ] as const)("%j", async (settings, lines) => {
    const { code, stderr } = await refusal(settings)
    expect(code).toBe(1)
    const printed = stderr.trim().split("\n")
    expect(printed).toHaveLength(lines.length)
    for (const [i, line] of printed.entries()) expect(line).toMatch(lines[i] ?? /^$/)
    expect(stderr).not.toMatch(/^\s+at /m)
  })

  it("a database URL with a host and no password: one line saying where the password goes", async () => {
    const { code, stderr } = await refusal({
      DATABASE_URL: `postgres://council@127.0.0.1:${askingPort}/openpb`,
    })
    expect(code).toBe(1)
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^OpenPB could not start: .*password.*\(DATABASE_URL names no password: give it as postgres:\/\/user:password@/,
      ),
    ])
  })
})

/**
 * `pnpm start` as a person runs it, at the repository's root (the README's command) or in the
 * app's folder, on a free port; resolves once the server is healthy.
 */
const pnpmStart = async (where: "root" | "app") => {
  const port = await freePort()
  const child = spawn("pnpm", ["start"], {
    cwd: where === "root" ? join(appDir, "..", "..") : appDir,
    env: { ...baseEnv(), PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited early:\n${output}`)
    if (performance.now() - started > 60_000) throw new Error(`no health after 60 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { child, url, output: () => output }
}

const answers = (url: string) =>
  fetch(`${url}/health`).then(
    (response) => response.status === 200,
    () => false,
  )

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once("exit", () => resolve())
  })

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits until nothing answers at `url` any more; false if something still does after 20 s. */
const goneWithin20s = async (url: string) => {
  for (const started = performance.now(); performance.now() - started < 20_000; ) {
    if (!(await answers(url))) return true
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return false
}

describe("pnpm start and signals", () => {
  it("passes SIGTERM on from the root's pnpm start: the server drains and stops, and is not left running", async () => {
    const server = await pnpmStart("root")
    // Whatever fails below, the server does not outlive the test.
    onTestFinished(() => void server.child.kill("SIGTERM"))
    const ready = await fetch(`${server.url}/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toMatchObject({
      status: "ready",
      // The database, the allocation run and the process itself, among the runners' others.
      checks: expect.arrayContaining([
        { name: "database", ready: true },
        expect.objectContaining({ name: "allocations", ready: true }),
        { name: "process", ready: true },
      ]),
    })
    server.child.kill("SIGTERM")
    await exited(server.child)
    expect(await goneWithin20s(server.url)).toBe(true)
    await expect.poll(server.output, { timeout: 10_000 }).toContain("stopped")
    expect(server.output()).toContain("SIGTERM: stopping")
  })

  it("stops on its own when pnpm is killed outright and cannot pass anything on", async () => {
    const server = await pnpmStart("app")
    // Node is pnpm's own child (`exec node`): should it not stop by itself, the test stops it.
    const node = Number((await run("pgrep", ["-P", String(server.child.pid)])).stdout.trim())
    expect(node).toBeGreaterThan(1)
    onTestFinished(() => {
      if (isRunning(node)) process.kill(node, "SIGTERM")
    })
    server.child.kill("SIGKILL")
    expect(await goneWithin20s(server.url)).toBe(true)
    await expect.poll(server.output, { timeout: 10_000 }).toContain("stopped")
    expect(server.output()).toMatch(/parent process \d+ gone: stopping/)
    await expect.poll(() => isRunning(node), { timeout: 10_000 }).toBe(false)
  })
})

describe("stopping with a request half sent", () => {
  it.each([
    ["headers", async () => "POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-ty"],
    [
      "body",
      async () =>
        `POST /graphql HTTP/1.1\r\nhost: localhost\r\nauthorization: Bearer ${await devToken(dataDir)}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{`,
    ],
  ])(
    "does not wait past the grace for a client that never finishes its request's %s",
    async (_, halfRequest) => {
      const server = await startServer({
        dataDir,
        schema,
        settings: { OPENPB_SHUTDOWN_GRACE_SECONDS: "1", OPENPB_ALLOCATION_EVERY_MINUTES: "0" },
      })
      const socket = connect(Number(new URL(server.url).port), "127.0.0.1")
      socket.on("error", () => {})
      socket.write(await halfRequest())
      await new Promise((resolve) => setTimeout(resolve, 300))
      const started = performance.now()
      expect(await stopServer(server)).toBe(0)
      expect(performance.now() - started).toBeLessThan(10_000)
      expect(server.output()).toContain("1 connection(s) still open after 1 s were closed")
      socket.destroy()
    },
  )
})
