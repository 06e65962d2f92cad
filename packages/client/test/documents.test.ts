import { readFileSync } from "node:fs"
import { buildSchema, Kind, type OperationDefinitionNode, parse, validate } from "graphql"
import { describe, expect, it } from "vitest"
import { operationName } from "./generate/operations.ts"
import { documents, gql, queryOf } from "../src/index.ts"

const schema = buildSchema(
  readFileSync(new URL("../../graphql/schema.graphql", import.meta.url), "utf8"),
)

const operationOf = (text: string) =>
  parse(text).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!

describe("the typed GraphQL documents", () => {
  it.each(Object.entries(documents))(
    "%s is valid against the committed schema.graphql",
    (_, doc) => {
      expect(validate(schema, parse(doc.query))).toEqual([])
    },
  )

  it.each([
    ["query", schema.getQueryType()!],
    ["mutation", schema.getMutationType()!],
  ] as const)("there is a %s document for every field of the root type", (kind, root) => {
    for (const field of Object.keys(root.getFields())) {
      const doc = (documents as Record<string, { query: string } | undefined>)[operationName(field)]
      expect(doc, `no document for ${kind} ${field}`).toBeDefined()
      const operation = operationOf(doc!.query)
      expect(operation.operation).toBe(kind)
      // Every argument of the field is a variable of the document.
      const variables = operation.variableDefinitions?.map((v) => v.variable.name.value) ?? []
      expect(variables.sort()).toEqual(
        root
          .getFields()
          [field]!.args.map((a) => a.name)
          .sort(),
      )
    }
  })

  it("are the codegen documents themselves: same text, typed variables and result", () => {
    expect(documents.Person.query).toBe(String(gql.PersonDocument))
    expect(queryOf(gql.ReferPersonDocument)).toBe(documents.ReferPerson.query)
    // Types only: a wrong variable does not compile (checked by `pnpm typecheck`).
    const variables: gql.SuspendBudgetMutationVariables = {
      input: { journeyId: "j1", reason: "in hospital" },
    }
    // @ts-expect-error journeyId is an ID, not a colour
    const wrong: gql.SuspendBudgetMutationVariables = { input: { colour: "blue" } }
    expect([variables, wrong]).toHaveLength(2)
  })
})
