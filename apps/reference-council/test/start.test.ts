import { createHash } from "node:crypto"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { appDir, devToken, run, type Started, startServer, stopServer } from "./server.ts"

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8")

/** The README's "Try it" block: the one fenced sh block under that heading. */
const tryItBlock = () => {
  const section = readme.split(/^## Try it$/m)[1]
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1]
  if (!block) throw new Error("README.md has no ```sh block under '## Try it'")
  return block
}

const dataDir = mkdtempSync(join(tmpdir(), "openpb-reference-"))
const schema = `openpb_app_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL) {
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
  }
})

const start = () => startServer({ dataDir, schema })
const stop = (started: Started) => stopServer(started)

let firstBudgetIdsSeen: ReadonlyArray<string> = []

describe("pnpm start (the reference council)", () => {
  let firstBudgetIds: ReadonlyArray<string> = []

  it("is healthy within 20 s, answers the README's Try it block, and stops cleanly on SIGTERM", async () => {
    const server = await start()
    expect(server.millisToHealthy).toBeLessThan(20_000)
    expect(server.output()).toContain(`/graphql`)
    // The startup log says what the deployment was held to.
    expect(server.output()).toMatch(
      /national floor\n\s+eligibility\.adult\s+answered by openpb\/england-care-act@1\.0\.0 itself/,
    )

    const { stdout } = await run("bash", ["-euo", "pipefail", "-c", tryItBlock()], {
      env: { ...process.env, OPENPB_URL: server.url, OPENPB_DATA_DIR: dataDir },
    })
    // Both the GraphQL and the tRPC answer name the demo budgets' holders.
    expect(stdout.match(/Okafor/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
    expect(stdout).toContain("780000")
    // The GraphQL answer: typed budgets with their streams and holders, and no error.
    const graphqlLine = stdout.split("\n").find((line) => line.includes('"budgets"'))
    const answer = JSON.parse(graphqlLine ?? "{}") as {
      errors?: unknown
      data?: {
        budgets: {
          edges: Array<{
            node: {
              amountPence: number
              deliveryMechanism: string
              fundingStreams: Array<{ stream: string; amountPence: number }>
              person: { familyName: string }
            }
          }>
        }
      }
    }
    expect(answer.errors).toBeUndefined()
    const nodes = answer.data?.budgets.edges.map((e) => e.node) ?? []
    expect(nodes.length).toBeGreaterThanOrEqual(4)
    for (const node of nodes) {
      expect(node.deliveryMechanism).toMatch(/^[A-Z_]+$/)
      expect(node.fundingStreams.every((s) => /^[A-Z_]+$/.test(s.stream))).toBe(true)
      expect(node.person.familyName.length).toBeGreaterThan(0)
    }
    expect(nodes.map((n) => n.person.familyName)).toContain("Okafor")
    // The block ends by showing that a request without a token is refused.
    expect(stdout.trim().split("\n").at(-1)).toBe("401")

    const list = await fetch(
      `${server.url}/trpc/budget.list?input=${encodeURIComponent('{"first":100}')}`,
      { headers: { authorization: `Bearer ${await devToken(dataDir)}` } },
    )
    const body = (await list.json()) as { result: { data: { items: Array<{ id: string }> } } }
    firstBudgetIds = body.result.data.items.map((b) => b.id)
    firstBudgetIdsSeen = firstBudgetIds
    expect(firstBudgetIds.length).toBeGreaterThanOrEqual(4)
    expect((await fetch(`${server.url}/ready`)).status).toBe(200)

    expect(await stop(server)).toBe(0)
    expect(server.output()).toContain("stopped")
  })

  it("keeps its data across a restart and does not seed twice", async () => {
    const server = await start()
    const list = await fetch(
      `${server.url}/trpc/budget.list?input=${encodeURIComponent('{"first":100}')}`,
      { headers: { authorization: `Bearer ${await devToken(dataDir)}` } },
    )
    const body = (await list.json()) as { result: { data: { items: Array<{ id: string }> } } }
    expect(body.result.data.items.map((b) => b.id)).toEqual(firstBudgetIds)
    expect(server.output()).not.toContain("demo data seeded")
    expect(await stop(server)).toBe(0)
  })
})

describe("pnpm openpb export (the command line)", () => {
  const cli = (args: ReadonlyArray<string>) =>
    run(
      process.execPath,
      ["--experimental-strip-types", "--conditions=@openpb/source", "src/cli.ts", ...args],
      {
        cwd: appDir,
        env: {
          ...process.env,
          OPENPB_DATA_DIR: dataDir,
          DATABASE_SCHEMA: schema,
          NODE_ENV: "development",
        },
      },
    )

  it("mints development tokens only for roles that exist and a token may hold", async () => {
    for (const role of ["root", "system", "council-admin,wizard"]) {
      const refused = await cli(["token", "--role", role]).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      )
      expect(refused?.code, role).toBe(2)
      expect(refused?.stderr).toContain("Unknown role")
    }
    const { stdout } = await cli(["token", "--role", "practitioner"])
    expect(stdout.trim().split(".")).toHaveLength(3)
  })

  it("writes a complete file with its checksum, and refuses bad requests with a typed message and no file", async () => {
    const out = join(dataDir, "budgets.csv")
    const { stdout } = await cli([
      "export",
      "budgets",
      "--format",
      "csv",
      "--out",
      out,
      "--role",
      "finance",
    ])
    const csv = readFileSync(out)
    const rows = csv.toString("utf8").trim().split("\r\n")
    expect(rows[0]).toContain("Budget ID")
    expect(stdout).toContain(`Wrote ${rows.length - 1} rows`)
    expect(stdout).toContain(createHash("sha256").update(csv).digest("hex"))
    expect(firstBudgetIdsSeen.every((id) => csv.includes(id))).toBe(true)

    for (const [args, message] of [
      [["--format", "pdf"], /format/],
      [["--role", "commissioner"], /aggregate reports only/],
    ] as const) {
      const refused = await cli([
        "export",
        "budgets",
        "--out",
        join(dataDir, "refused.csv"),
        ...args,
      ]).catch((error: { code: number; stderr: string }) => error)
      expect("code" in refused ? refused.code : 0).toBe(2)
      expect("stderr" in refused ? refused.stderr : "").toMatch(message)
      expect(existsSync(join(dataDir, "refused.csv"))).toBe(false)
    }
  })
})

describe("the reference council's demo data", () => {
  it("shows people at every stage of the journey", async () => {
    const server = await start()
    const response = await fetch(
      `${server.url}/trpc/journey.list?input=${encodeURIComponent('{"first":100}')}`,
      { headers: { authorization: `Bearer ${await devToken(dataDir)}` } },
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
