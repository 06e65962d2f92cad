import { execFile } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterAll, describe, expect, it } from "vitest"
import { scaffoldPlugin } from "../src/scaffold.ts"

const run = promisify(execFile)
const here = fileURLToPath(new URL("..", import.meta.url))
// Three folders below the repository root, like packages/plugins/<name>, so the generated
// tsconfig finds the base config, and modules resolve through this package's node_modules.
const directory = join(here, `.scaffold-${process.pid}-${Date.now()}`)
const elsewhere = mkdtempSync(join(tmpdir(), "openpb-scaffold-"))
afterAll(() => {
  rmSync(directory, { recursive: true, force: true })
  rmSync(elsewhere, { recursive: true, force: true })
})

const bin = (tool: string) => join(here, "node_modules/.bin", tool)

describe("pnpm create-plugin", () => {
  it("writes a plugin whose tests, types and lint pass untouched", async () => {
    const files = scaffoldPlugin("council-crisis-rules", directory, bin("biome"))
    expect(files).toContain("test/conformance.test.ts")
    const tests = await run(bin("vitest"), ["run"], { cwd: directory })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal colours
    const summary = tests.stdout.replace(/\u001b\[[0-9;]*m/g, "")
    expect(summary).toMatch(/Tests\s+7 passed \(7\)/)
    expect(summary).not.toMatch(/failed|skipped/)
    await run(bin("tsc"), ["--noEmit", "-p", "."], { cwd: directory })
    // The scaffold folder is git-ignored here; a real plugin is not, so lint it as one.
    await run(bin("biome"), ["check", "--vcs-use-ignore-file=false", "."], { cwd: directory })
  })

  it("refuses a bad name or an existing folder", () => {
    expect(() => scaffoldPlugin("Bad Name", join(elsewhere, "x"), bin("biome"))).toThrow(
      /lower-case/,
    )
    expect(() => scaffoldPlugin("council-crisis-rules", directory, bin("biome"))).toThrow(
      /already exists/,
    )
  })
})
