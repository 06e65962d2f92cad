import { Effect, Schema, SchemaIssue } from "effect"
import { InvalidInput } from "./Errors.ts"

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

export const invalidInputFromIssue = (issue: SchemaIssue.Issue): InvalidInput => {
  const issues = formatIssues(issue).issues.map((i) => ({
    path: (i.path ?? []).map((segment) =>
      String(typeof segment === "object" && segment !== null ? segment.key : segment),
    ),
    message: i.message,
  }))
  const first = issues[0]
  const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : ""
  return new InvalidInput({
    message: `Invalid input: ${where}${first?.message ?? "rejected"}`,
    issues,
  })
}

/**
 * Decodes untrusted input with a use case's schema. Every use case decodes its own input,
 * so both APIs (and any future caller) get the same validation and the same typed error.
 */
export const decodeInput =
  <S extends Schema.Top>(schema: S) =>
  (input: unknown): Effect.Effect<S["Type"], InvalidInput, S["DecodingServices"]> =>
    Schema.decodeUnknownEffect(schema)(input, { errors: "all", onExcessProperty: "error" }).pipe(
      Effect.mapError((error) => invalidInputFromIssue(error.issue)),
    )

/** A domain rule about a whole input, reported like a schema issue at `path`. */
export const invalidAt = (path: ReadonlyArray<string | number>, message: string) =>
  new InvalidInput({
    message: `Invalid input: ${path.join(".")}: ${message}`,
    issues: [{ path: path.map(String), message }],
  })
