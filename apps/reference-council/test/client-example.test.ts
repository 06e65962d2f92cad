import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { appDir, devToken, run, startServer, stopServer } from "./server.ts"

const dataDir = mkdtempSync(join(tmpdir(), "openpb-client-"))
const schema = `openpb_client_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL)
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

describe("@openpb/client's example, as a frontend team would run it", () => {
  it("lists budgets, a person's explained decisions and a caseload against the started server", async () => {
    const server = await startServer({ dataDir, schema })
    try {
      const token = await devToken(dataDir)
      const { stdout } = await run(
        process.execPath,
        [
          "--experimental-strip-types",
          "--conditions=@openpb/source",
          "../../packages/client/examples/caseload.ts",
        ],
        {
          cwd: appDir,
          env: { ...process.env, OPENPB_URL: server.url, OPENPB_TOKEN: token },
        },
      )
      expect(stdout).toMatch(/^budget .*: \d+\.\d{2} GBP/m)
      expect(stdout).toMatch(
        /^decision eligibility: (eligible|not-eligible) \(openpb\/england-care-act/m,
      )
      expect(stdout).toMatch(/because: /)
      expect(stdout).toMatch(/^graphql decisions: [1-9]/m)
      expect(stdout).toMatch(/^caseload entries: \d+/m)
    } finally {
      await stopServer(server)
    }
  })
})
