import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { checkArchitecture, importsOf, readWorkspace, type WorkspacePackage } from "../src/index.ts"

const root = fileURLToPath(new URL("../../..", import.meta.url))

const pkg = (
  name: string,
  directory: string,
  dependencies: Array<string>,
  imports: Array<string>,
  isTest = false,
): WorkspacePackage => ({
  name,
  directory,
  dependencies,
  devDependencies: [],
  files: [{ path: `${directory}/src/x.ts`, isTest, imports }],
})

describe("the layer rule", () => {
  it("holds for this workspace", () => {
    const workspace = readWorkspace(root)
    expect(workspace.map((p) => p.name)).toContain("@openpb/core")
    expect(checkArchitecture(workspace)).toEqual([])
  })

  it("flags core importing another package, even one it declares", () => {
    const problems = checkArchitecture([
      pkg("@openpb/core", "packages/core", ["@openpb/store"], ["@openpb/store"]),
      pkg("@openpb/store", "packages/store", ["@openpb/core"], ["@openpb/core"]),
    ])
    expect(problems.some((p) => p.includes("@openpb/core depends on @openpb/store"))).toBe(true)
    expect(problems.some((p) => p.includes("packages/core/src/x.ts imports @openpb/store"))).toBe(
      true,
    )
    expect(problems.some((p) => p.startsWith("workspace cycle"))).toBe(true)
  })

  it("flags an adapter importing the store, and core importing a third-party library", () => {
    const problems = checkArchitecture([
      pkg("@openpb/core", "packages/core", ["effect"], ["effect", "pg"]),
      pkg("@openpb/trpc", "packages/trpc", ["@openpb/core"], ["@openpb/store"]),
      pkg("@openpb/store", "packages/store", ["@openpb/core"], []),
    ])
    expect(problems).toContain(
      "packages/core/src/x.ts imports pg: @openpb/core may import only effect, @noble/hashes, fflate, csv-parse",
    )
    expect(problems.some((p) => p.startsWith("packages/trpc/src/x.ts imports @openpb/store"))).toBe(
      true,
    )
  })

  it("flags anything that imports an app", () => {
    const problems = checkArchitecture([
      pkg("@openpb/server", "packages/server", [], ["@openpb/reference-council"]),
      pkg("@openpb/reference-council", "apps/reference-council", [], []),
    ])
    expect(problems.some((p) => p.includes("imports the app"))).toBe(true)
  })

  it("reads static, side-effect and dynamic imports", () => {
    const source = `import { a } from "vitest"\nimport "node:fs"\nexport * from "./z.ts"\nconst m = await import("typescript")`
    expect(importsOf(source)).toEqual(
      expect.arrayContaining(["vitest", "node:fs", "./z.ts", "typescript"]),
    )
  })
})
