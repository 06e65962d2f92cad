import { readFileSync } from "node:fs"
import { relative } from "node:path"
import { describe, expect, it } from "vitest"
import { packageDir } from "./generate/codegenConfig.ts"
import { generateAll } from "./generate/generateAll.ts"

describe("the generated files", () => {
  it("are up to date with schema.graphql and the server's router (run `pnpm --filter @openpb/client generate`)", async () => {
    const files = await generateAll()
    expect(files.map(([path]) => relative(packageDir, path)).sort()).toEqual([
      "src/documents/operations.graphql",
      "src/generated/appRouter.ts",
      "src/gql/graphql.ts",
    ])
    for (const [path, text] of files) {
      const committed = readFileSync(path, "utf8")
      expect(
        committed === text,
        `${relative(packageDir, path)} is stale: run \`pnpm --filter @openpb/client generate\``,
      ).toBe(true)
    }
  }, 180_000)
})
