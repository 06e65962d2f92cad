import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { appDir, run } from "./server.ts"

/*
 * `pnpm openpb import caseload` on the sample the host ships, against the embedded database as
 * a council would run it: a dry run reports the sample's two spoiled rows and writes nothing, the
 * real run imports the other ten, and the same file again adds nothing.
 */

const dataDir = join(mkdtempSync(join(tmpdir(), "openpb-import-cli-")), "data")
afterAll(() => rmSync(join(dataDir, ".."), { recursive: true, force: true }))

const sample = join(appDir, "../../packages/host/templates/caseload-sample.csv")

const importCaseload = (...flags: ReadonlyArray<string>) =>
  run(
    process.execPath,
    [
      "--experimental-strip-types",
      "--conditions=@openpb/source",
      "src/cli.ts",
      "import",
      "caseload",
      sample,
      "--source",
      "legacy-system",
      ...flags,
    ],
    { cwd: appDir, env: { ...process.env, OPENPB_DATA_DIR: dataDir, NODE_ENV: "development" } },
  ).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  )

const problems = [
  "  row 6, nhs_number (CASE-000005): must be a 10-digit NHS number with a valid check digit",
  "  row 11, family_name (CASE-000010): is required and the row leaves it empty",
]

describe.runIf(process.env.DATABASE_URL === undefined)(
  "pnpm openpb import caseload on the embedded database",
  () => {
    it("checks the sample, imports it, and adds nothing the second time", async () => {
      const dry = await importCaseload("--dry-run")
      expect(dry.code).toBe(3)
      expect(dry.stdout.trim().split("\n")).toEqual([
        "Dry run (nothing written): 12 rows; 10 to create, 0 to update, 0 unchanged, 2 with problems",
        ...problems,
      ])

      const first = await importCaseload()
      expect(first.code).toBe(3)
      expect(first.stdout).toMatch(
        /^Import run [0-9a-f-]{36}: 12 rows; 10 created, 0 updated, 0 unchanged, 2 with problems\n/,
      )

      const again = await importCaseload()
      expect(again.stdout).toMatch(
        /: 12 rows; 0 created, 0 updated, 10 unchanged, 2 with problems\n/,
      )
    }, 180_000)
  },
)
