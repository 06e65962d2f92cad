import { execFile } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * The package as a frontend team gets it: `pnpm pack` (which builds dist/), installed with npm
 * in a project outside the workspace next to typescript and tRPC from the registry, and
 * type-checked there. Nothing of the workspace is reachable from that folder.
 */
const run = promisify(execFile)
const packageDir = new URL("..", import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), "openpb-client-pack-"))
const project = join(scratch, "app")
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The versions the workspace uses, from its catalog. */
const catalog = (name: string) => {
  const yaml = readFileSync(new URL("../../../pnpm-workspace.yaml", import.meta.url), "utf8")
  const match = yaml.match(new RegExp(`^  "?${name.replace("/", "\\/")}"?: (.+)$`, "m"))
  if (!match) throw new Error(`${name} is not in the catalog`)
  return match[1]!.trim()
}

const tsconfig = {
  compilerOptions: {
    target: "ES2022",
    // tRPC's declarations use Disposable (TypeScript's esnext.disposable library).
    lib: ["ES2022", "DOM", "ESNext.Disposable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
}

const usage = `import {
  createOpenpbClient,
  documents,
  gql,
  requestGraphql,
  type RouterInputs,
  type RouterOutputs,
  withHeaders,
} from "@openpb/client"

const client = createOpenpbClient({
  url: "https://openpb.example",
  token: () => "token",
  headers: () => ({ "x-request-id": crypto.randomUUID() }),
})

export async function portal(personId: string) {
  const person = await client.person.get.query({ personId }, withHeaders({ "x-openpb-purpose": "portal" }))
  const name: string = person.givenName
  const page: RouterOutputs["budget"]["list"] = await client.budget.list.query({ first: 10 })
  const referral: RouterInputs["journey"]["refer"] = {
    personId,
    referral: { source: "self", referredBy: "self", toldAbout: "personal budgets" },
  }
  const decisions = await requestGraphql({ url: "https://openpb.example", token: () => "t" }, documents.PortalDecisions, { personId })
  const kind: gql.DecisionKind = decisions.decisionsOfPerson[0]!.kind
  await requestGraphql({ url: "https://openpb.example", token: () => "t" }, gql.SuspendBudgetDocument, {
    input: { journeyId: "j1", reason: "in hospital" },
  })
  return { name, page, referral, kind }
}

export async function mistakes() {
  // @ts-expect-error personId is a string
  await client.person.get.query({ personId: 42 })
  // @ts-expect-error no such procedure
  await client.person.remove.mutate({ personId: "p" })
  await requestGraphql({ url: "", token: () => "" }, gql.SuspendBudgetDocument, {
    // @ts-expect-error suspendBudget's input has no colour, and journeyId is an ID
    input: { journeyId: 42, colour: "blue" },
  })
}
`

const wrong = `import { createOpenpbClient } from "@openpb/client"
const client = createOpenpbClient({ url: "https://openpb.example", token: () => "token" })
export const person = client.person.get.query({ personId: 42 })
`

describe("the packed @openpb/client, outside the monorepo", () => {
  let tarball = ""
  beforeAll(async () => {
    await run("pnpm", ["pack", "--pack-destination", scratch], {
      cwd: packageDir,
      // Packing builds the client first: slow on a machine busy with the other suites.
      timeout: 180_000,
    })
    tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith(".tgz"))!)
    mkdirSync(project)
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "scratch-app", private: true, type: "module" }),
    )
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig))
    const install = () =>
      run(
        "npm",
        [
          "install",
          "--no-audit",
          "--no-fund",
          "--prefer-offline",
          "--loglevel=error",
          tarball,
          `typescript@${catalog("typescript")}`,
          `@trpc/client@${catalog("@trpc/client")}`,
          `@trpc/server@${catalog("@trpc/server")}`,
          `graphql@${catalog("graphql")}`,
        ],
        { cwd: project, timeout: 200_000 },
      )
    // The registry is a network away: one failed fetch (a reset, a proxy's hiccup) is tried again
    // once, and a second failure reports npm's own words rather than "Command failed".
    await install().catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      await install().catch((error: { stderr?: string; message: string }) => {
        throw new Error(`npm install failed twice: ${error.stderr || error.message}`)
      })
    })
  }, 600_000)

  it("ships dist/ whose declarations import no workspace package", () => {
    const installed = join(project, "node_modules/@openpb/client")
    const declarations = readdirSync(join(installed, "dist"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".d.ts"))
    expect(declarations).toContain("index.d.ts")
    for (const file of declarations) {
      const text = readFileSync(join(installed, "dist", file), "utf8")
      expect(text, file).not.toMatch(/from\s+["']@openpb\//)
      expect(text, file).not.toMatch(/import\(["']@openpb\//)
    }
    expect(readdirSync(join(project, "node_modules/@openpb"))).toEqual(["client"])
  })

  it("type-checks a correct use, and reports a wrong input as an error", async () => {
    writeFileSync(join(project, "usage.ts"), usage)
    const ok = await run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "."], {
      cwd: project,
    }).then(
      (r) => r.stdout,
      (error: { stdout: string }) => error.stdout,
    )
    expect(ok).toBe("")

    writeFileSync(join(project, "wrong.ts"), wrong)
    const failed = await run(
      process.execPath,
      ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."],
      { cwd: project },
    ).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    )
    expect(failed).toMatch(
      /wrong\.ts\(3,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/,
    )
  })

  it("loads at run time with only its published dependencies", async () => {
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import("@openpb/client"); console.log(Object.keys(m.documents).length, typeof m.createOpenpbClient({ url: "http://x", token: () => "" }).person.get.query)`,
      ],
      { cwd: project },
    )
    expect(stdout.trim()).toMatch(/^\d+ function$/)
  })
})
