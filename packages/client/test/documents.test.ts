import { readFileSync } from "node:fs"
import { buildSchema, parse, validate } from "graphql"
import { describe, expect, it } from "vitest"
import { documents } from "../src/index.ts"

const schema = buildSchema(
  readFileSync(new URL("../../graphql/schema.graphql", import.meta.url), "utf8"),
)

describe("the typed GraphQL documents", () => {
  it.each(Object.entries(documents))(
    "%s is valid against the committed schema.graphql",
    (_, doc) => {
      expect(validate(schema, parse(doc.query))).toEqual([])
    },
  )
})
