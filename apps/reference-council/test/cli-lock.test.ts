import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { appDir, run, startServer, stopServer } from "./server.ts"

/*
 * The command line never writes behind a running server's back: the embedded database is one
 * process's, so `pnpm openpb export` refuses, in one line, a directory a live server holds, and
 * takes one whose holder died.
 */

const dataDir = mkdtempSync(join(tmpdir(), "openpb-cli-lock-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const exportTo = (out: string) =>
  run(
    process.execPath,
    [
      "--experimental-strip-types",
      "--conditions=@openpb/source",
      "src/cli.ts",
      "export",
      "budgets",
      "--format",
      "csv",
      "--out",
      out,
      "--role",
      "finance",
    ],
    { cwd: appDir, env: { ...process.env, OPENPB_DATA_DIR: dataDir, NODE_ENV: "development" } },
  ).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )

describe.runIf(process.env.DATABASE_URL === undefined)(
  "pnpm openpb export beside a running server on the embedded database",
  () => {
    it("is refused while the server has the database open, and runs once it has stopped", async () => {
      const server = await startServer({ dataDir, schema: "unused" })
      const out = join(dataDir, "held.csv")
      try {
        const refused = await exportTo(out)
        expect(refused, JSON.stringify(refused)).toMatchObject({ code: 2 })
        expect(refused.stderr.trim().split("\n")).toEqual([
          expect.stringMatching(
            new RegExp(
              `^Export refused: the database in .* is open in process ${server.child.pid} `,
            ),
          ),
        ])
        expect(existsSync(out)).toBe(false)
      } finally {
        expect(await stopServer(server)).toBe(0)
      }
      // A lock left by a process that is gone (a kill -9) holds nothing back.
      writeFileSync(`${dataDir}.lock`, "999999999\n")
      const done = await exportTo(out)
      expect(done.code).toBe(0)
      expect(done.stdout).toContain("Wrote")
      expect(existsSync(out)).toBe(true)
      expect(existsSync(`${dataDir}.lock`)).toBe(false)
    }, 120_000)
  },
)
