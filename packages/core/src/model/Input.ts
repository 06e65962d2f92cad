import { Effect, Schema, SchemaAST, SchemaIssue } from "effect"
import { InvalidInput } from "./Errors.ts"
import { MAX_PENCE } from "./Money.ts"
import { MAX_LABEL_LENGTH, MAX_PROSE_LENGTH, textProblem } from "./Text.ts"

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

/** Any text of any input, whatever its field: the longest, with line breaks allowed. */
const anyText = { maxLength: MAX_PROSE_LENGTH, lineBreaks: true } as const

/**
 * The first value in an input that no field may hold, wherever it sits, a property's name
 * included: text with a NUL or other control character, a lone surrogate (not text at all), or
 * more than `MAX_PROSE_LENGTH` characters; a number further from zero than `MAX_PENCE` (the
 * largest amount; no count, day or score comes near it, and past 2^53 a number is not even
 * exact). Checked before any schema, so a field whose schema is a bare string or integer is held
 * to it too, and the documents stored from an input never receive such values. Fields declared
 * with `Label`, `Prose` or `Pence` are then held to their own, tighter bounds.
 */
const unacceptableValue = (
  value: unknown,
  path: Array<string | number> = [],
): { path: Array<string | number>; message: string } | undefined => {
  if (typeof value === "string") {
    const problem = textProblem(value, anyText)
    return problem === undefined ? undefined : { path, message: problem }
  }
  if (typeof value === "number") {
    return Number.isFinite(value) && Math.abs(value) <= MAX_PENCE
      ? undefined
      : { path, message: `must be a number within ${MAX_PENCE} either side of zero` }
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unacceptableValue(item, [...path, index])
      if (found) return found
    }
    return undefined
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // The name itself is not echoed: it is the text found wanting.
      const name = textProblem(key, { maxLength: MAX_LABEL_LENGTH, lineBreaks: false })
      if (name !== undefined) return { path, message: `a property's name ${name}` }
      const found = unacceptableValue(item, [...path, key])
      if (found) return found
    }
  }
  return undefined
}

const isPlainObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * Decodes untrusted input with a use case's schema. Every use case decodes its own input,
 * so both APIs (and any future caller) get the same validation and the same typed error.
 * An input whose schema is a struct must be an object: an empty struct alone would take any
 * value that is not null (`-1`, `"x"`, `{ "any": 1 }`), as TypeScript's `{}` does.
 */
export const decodeInput =
  <S extends Schema.Top>(schema: S) =>
  (input: unknown): Effect.Effect<S["Type"], InvalidInput, S["DecodingServices"]> => {
    const encoded = SchemaAST.toEncoded(schema.ast)
    if (SchemaAST.isObjects(encoded)) {
      if (!isPlainObject(input)) return Effect.fail(invalidAt([], "must be an object"))
      // An input with no fields at all: its schema checks no names, so this does.
      const [extra] = Object.keys(input as object)
      if (
        extra !== undefined &&
        encoded.propertySignatures.length === 0 &&
        encoded.indexSignatures.length === 0
      )
        return Effect.fail(invalidAt([], "takes no fields"))
    }
    const found = unacceptableValue(input)
    if (found) return Effect.fail(invalidAt(found.path, found.message))
    return Schema.decodeUnknownEffect(schema)(input, {
      errors: "all",
      onExcessProperty: "error",
    }).pipe(Effect.mapError((error) => invalidInputFromIssue(error.issue)))
  }

/** A domain rule about a whole input, reported like a schema issue at `path`. */
export const invalidAt = (path: ReadonlyArray<string | number>, message: string) =>
  new InvalidInput({
    message: `Invalid input: ${path.length > 0 ? `${path.join(".")}: ` : ""}${message}`,
    issues: [{ path: path.map(String), message }],
  })
