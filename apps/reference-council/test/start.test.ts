import { type ChildProcess, execFile, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterAll, describe, expect, it } from "vitest"

const appDir = fileURLToPath(new URL("..", import.meta.url))
const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")
const run = promisify(execFile)

/** The README's "Try it" block: the one fenced sh block under that heading. */
const tryItBlock = () => {
  const section = readme.split(/^## Try it$/m)[1]
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1]
  if (!block) throw new Error("README.md has no ```sh block under '## Try it'")
  return block
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

const dataDir = mkdtempSync(join(tmpdir(), "openpb-reference-"))
const schema = `openpb_app_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL) {
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
  }
})

interface Started {
  readonly child: ChildProcess
  readonly url: string
  readonly output: () => string
  readonly millisToHealthy: number
}

const start = async (): Promise<Started> => {
  const port = await freePort()
  const startedAt = performance.now()
  const child = spawn(
    join(appDir, "node_modules/.bin/tsx"),
    ["--conditions=@openpb/source", "src/main.ts"],
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
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (healthy) break
    if (performance.now() - startedAt > 30_000) throw new Error(`no health after 30 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return { child, url, output: () => output, millisToHealthy: performance.now() - startedAt }
}

const stop = (started: Started) =>
  new Promise<number | null>((resolve) => {
    started.child.once("exit", (code) => resolve(code))
    started.child.kill("SIGTERM")
  })

describe("pnpm start (the reference council)", () => {
  let firstBudgetIds: ReadonlyArray<string> = []

  it("is healthy within 20 s, answers the README's Try it block, and stops cleanly on SIGTERM", async () => {
    const server = await start()
    expect(server.millisToHealthy).toBeLessThan(20_000)
    expect(server.output()).toContain(`/graphql`)

    const { stdout } = await run("bash", ["-euo", "pipefail", "-c", tryItBlock()], {
      env: { ...process.env, OPENPB_URL: server.url },
    })
    // Both the GraphQL and the tRPC answer name the demo budgets' holders.
    expect(stdout.match(/Okafor/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
    expect(stdout).toContain("780000")

    const list = await fetch(
      `${server.url}/trpc/budget.list?input=${encodeURIComponent('{"first":100}')}`,
    )
    const body = (await list.json()) as { result: { data: { items: Array<{ id: string }> } } }
    firstBudgetIds = body.result.data.items.map((b) => b.id)
    expect(firstBudgetIds.length).toBeGreaterThanOrEqual(4)
    expect((await fetch(`${server.url}/ready`)).status).toBe(200)

    expect(await stop(server)).toBe(0)
    expect(server.output()).toContain("stopped")
  })

  it("keeps its data across a restart and does not seed twice", async () => {
    const server = await start()
    const list = await fetch(
      `${server.url}/trpc/budget.list?input=${encodeURIComponent('{"first":100}')}`,
    )
    const body = (await list.json()) as { result: { data: { items: Array<{ id: string }> } } }
    expect(body.result.data.items.map((b) => b.id)).toEqual(firstBudgetIds)
    expect(server.output()).not.toContain("demo data seeded")
    expect(await stop(server)).toBe(0)
  })
})

describe("the reference council's demo data", () => {
  it("shows people at every stage of the journey", async () => {
    const server = await start()
    const response = await fetch(
      `${server.url}/trpc/journey.list?input=${encodeURIComponent('{"first":100}')}`,
    )
    const body = (await response.json()) as {
      result: { data: { items: Array<{ stage: string }> } }
    }
    const stages = new Set(body.result.data.items.map((j) => j.stage))
    for (const stage of [
      "considering",
      "assessing",
      "eligibility-decided",
      "not-eligible",
      "indicative-budget",
      "planning",
      "awaiting-approval",
      "active",
      "suspended",
      "under-review",
      "ended",
      "declined",
    ]) {
      expect(stages, `no demo journey is ${stage}`).toContain(stage)
    }
    expect(await stop(server)).toBe(0)
  })
})
