import { readFileSync } from "node:fs"
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql"
import { describe, expect, it } from "vitest"
import { printSchemaSdl, schema } from "../src/index.ts"

describe("schema.graphql", () => {
  it("is the schema the code builds (run `pnpm --filter @openpb/graphql schema:print` after a change)", () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8")
    expect(printSchemaSdl()).toBe(committed)
  })
})

const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
  type === null || type === undefined ? [] : [type],
)
const rootFields = roots.flatMap((type) =>
  Object.values(type.getFields()).map((field) => ({ owner: type.name, field })),
)

/**
 * Every place, reachable from a Query or Mutation field's arguments or its result, whose type
 * is the `JSON` scalar: `Type.field` (or `Type.field.argument`).
 */
const jsonPositions = (): ReadonlyArray<string> => {
  const found = new Set<string>()
  const visited = new Set<string>()
  const isJson = (type: Parameters<typeof getNamedType>[0]) => {
    const named = getNamedType(type)
    return isScalarType(named) && named.name === "JSON"
  }
  const visitField = (owner: string, field: GraphQLField<unknown, unknown> | GraphQLInputField) => {
    if (isJson(field.type)) found.add(`${owner}.${field.name}`)
    for (const arg of "args" in field ? field.args : []) {
      if (isJson(arg.type)) found.add(`${owner}.${field.name}.${arg.name}`)
      visit(getNamedType(arg.type))
    }
    visit(getNamedType(field.type))
  }
  const visit = (type: GraphQLNamedType) => {
    if (visited.has(type.name)) return
    visited.add(type.name)
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) visitField(type.name, field)
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member)
    if (isInterfaceType(type)) for (const member of schema.getPossibleTypes(type)) visit(member)
  }
  for (const { owner, field } of rootFields) visitField(owner, field)
  return [...found].sort()
}

describe("the schema's types", () => {
  it("has no JSON in any argument or result but a decision's inputs and an exporter's parameters", () => {
    expect(jsonPositions()).toEqual([
      "Decision.inputs",
      "ExportRun.parameters",
      "StartExportInput.parameters",
    ])
  })

  it("gives every mutation taking arguments one typed, required `input`", () => {
    const untyped = rootFields
      .filter(({ owner, field }) => owner === "Mutation" && field.args.length > 0)
      .filter(({ field }) => {
        const [only, ...rest] = field.args
        return (
          rest.length > 0 ||
          only?.name !== "input" ||
          !isNonNullType(only.type) ||
          !isInputObjectType(only.type.ofType)
        )
      })
      .map(({ field }) => field.name)
    expect(untyped).toEqual([])
  })

  it.each([
    ["JourneyStage", ["Journey.stage"]],
    ["DecisionKind", ["Decision.kind"]],
    ["DecisionOutcome", ["Decision.outcome"]],
    ["ChallengeStatus", ["Challenge.status"]],
    ["ExportFormat", ["ExportRun.format", "StartExportInput.format"]],
  ])("%s is an enum, the type of %j", (name, fields) => {
    const type = schema.getType(name)
    expect(isEnumType(type)).toBe(true)
    expect(isEnumType(type) && type.getValues().length).toBeGreaterThan(1)
    for (const path of fields) {
      const [owner, field] = path.split(".") as [string, string]
      const ownerType = schema.getType(owner)
      const fieldType =
        isObjectType(ownerType) || isInputObjectType(ownerType)
          ? ownerType.getFields()[field]?.type
          : undefined
      expect(fieldType && getNamedType(fieldType).name, path).toBe(name)
    }
  })

  it("names enum values in SCREAMING_CASE and keeps core's literals as their values", () => {
    const stage = schema.getType("JourneyStage")
    expect(isEnumType(stage) && stage.getValue("AWAITING_APPROVAL")?.value).toBe(
      "awaiting-approval",
    )
    for (const type of Object.values(schema.getTypeMap()))
      if (isEnumType(type) && !type.name.startsWith("__"))
        for (const value of type.getValues()) expect(value.name).toMatch(/^[A-Z_][A-Z0-9_]*$/)
  })
})
