import { isUseCaseName, useCaseNames } from "@openpb/core"
import { describe, expect, it } from "vitest"
import { schema } from "../src/index.ts"

const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
  Object.values(type?.getFields() ?? {}).map((field) => ({
    name: `${type?.name}.${field.name}`,
    useCase: (field.extensions as { useCase?: unknown }).useCase,
  })),
)

describe("query and mutation fields and core's use-case registry", () => {
  it("every query and mutation field names a registered use case", () => {
    expect(fields.length).toBeGreaterThan(0)
    expect(fields.filter((f) => !isUseCaseName(f.useCase)).map((f) => f.name)).toEqual([])
  })

  it("every registered use case has a field", () => {
    const exposed = new Set(fields.map((f) => f.useCase))
    expect(useCaseNames.filter((name) => !exposed.has(name))).toEqual([])
  })

  it("no two fields run the same use case", () => {
    const seen = fields.map((f) => f.useCase)
    expect(seen.filter((name, i) => seen.indexOf(name) !== i)).toEqual([])
  })
})
