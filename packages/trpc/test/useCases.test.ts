import { isUseCaseName, useCaseNames } from "@openpb/core"
import { describe, expect, it } from "vitest"
import { appRouter } from "../src/index.ts"

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<
    string,
    { _def: { meta?: { useCase?: unknown } } }
  >,
).map(([path, procedure]) => ({ path, useCase: procedure._def.meta?.useCase }))

describe("procedures and core's use-case registry", () => {
  it("every procedure names a registered use case", () => {
    expect(procedures.length).toBeGreaterThan(0)
    expect(procedures.filter((p) => !isUseCaseName(p.useCase)).map((p) => p.path)).toEqual([])
  })

  it("every registered use case has a procedure", () => {
    const exposed = new Set(procedures.map((p) => p.useCase))
    expect(useCaseNames.filter((name) => !exposed.has(name))).toEqual([])
  })

  it("no two procedures run the same use case", () => {
    const seen = procedures.map((p) => p.useCase)
    expect(seen.filter((name, i) => seen.indexOf(name) !== i)).toEqual([])
  })
})
