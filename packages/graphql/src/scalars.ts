import { GraphQLError, Kind, type ValueNode } from "graphql"
import { isCalendarDate } from "@openpb/core"
import { builder } from "./builder.ts"

const refuse = (message: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_REQUEST" } })

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

const stringScalar = (
  name: string,
  description: string,
  accepts: (value: string) => boolean,
  expected: string,
) => {
  const parse = (value: unknown): string => {
    if (typeof value !== "string" || !accepts(value))
      throw refuse(`${name} must be ${expected}, got ${JSON.stringify(value)}`)
    return value
  }
  return builder.scalarType(name as "Date" | "DateTime", {
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (node: ValueNode) =>
      parse(node.kind === Kind.STRING ? node.value : `(${node.kind.toLowerCase()})`),
  })
}

stringScalar(
  "Date",
  "A calendar date, YYYY-MM-DD (dates are the law's dates: no time, no zone).",
  isCalendarDate,
  "a calendar date that exists, as YYYY-MM-DD",
)
stringScalar(
  "DateTime",
  "An instant, ISO-8601 with its offset (the server sends UTC).",
  (value) => instantPattern.test(value) && isCalendarDate(value.slice(0, 10)),
  "an ISO-8601 instant",
)

const parsePence = (value: unknown): number => {
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw refuse(`Pence must be a whole number of pence, got ${JSON.stringify(value)}`)
  return value
}

builder.scalarType("Pence", {
  description:
    "An amount of money in whole pence (GBP), never a float. An integer that may exceed 32 bits (GraphQL's Int stops at £21,474,836.47); it is sent as a JSON number, exact up to 2^53.",
  serialize: (value) => parsePence(value),
  parseValue: parsePence,
  parseLiteral: (node) => {
    if (node.kind !== Kind.INT) throw refuse("Pence must be a whole number of pence")
    return parsePence(Number(node.value))
  },
})

builder.scalarType("JSON", {
  description:
    "Free-form JSON, used in exactly two places: a decision's frozen input snapshot (`Decision.inputs`) and what a plugin defines for itself (an exporter's `parameters`). All other domain data is typed.",
  serialize: (value) => value,
  parseValue: (value) => value,
})
