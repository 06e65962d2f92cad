import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { printSchemaSdl } from "../src/index.ts"

describe("schema.graphql", () => {
  it("is the schema the code builds (run `pnpm --filter @openpb/graphql schema:print` after a change)", () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8")
    expect(printSchemaSdl()).toBe(committed)
  })
})
