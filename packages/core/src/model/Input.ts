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

/** The longest text any one field of an input may hold. */
export const MAX_TEXT_LENGTH = 20_000

/** A control character other than tab, line feed and carriage return. */
const hasControlCharacter = (text: string) => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return true
  }
  return false
}
// Half of a surrogate pair without its other half: not a character at all.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * The first text in an input that no field may hold, wherever it sits: a NUL or other control
 * character, a lone surrogate (not text at all), or more than `MAX_TEXT_LENGTH` characters.
 * Checked before any schema, so stored documents never receive them either.
 */
const unacceptableText = (
  value: unknown,
  path: Array<string | number> = [],
): { path: Array<string | number>; message: string } | undefined => {
  if (typeof value === "string") {
    if (value.length > MAX_TEXT_LENGTH)
      return { path, message: `must be at most ${MAX_TEXT_LENGTH} characters` }
    if (hasControlCharacter(value)) return { path, message: "must not hold control characters" }
    if (loneSurrogate.test(value)) return { path, message: "must be well-formed text" }
    return undefined
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unacceptableText(item, [...path, index])
      if (found) return found
    }
    return undefined
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = unacceptableText(item, [...path, key])
      if (found) return found
    }
  }
  return undefined
}

/**
 * Decodes untrusted input with a use case's schema. Every use case decodes its own input,
 * so both APIs (and any future caller) get the same validation and the same typed error.
 */
export const decodeInput =
  <S extends Schema.Top>(schema: S) =>
  (input: unknown): Effect.Effect<S["Type"], InvalidInput, S["DecodingServices"]> => {
    const text = unacceptableText(input)
    if (text) return Effect.fail(invalidAt(text.path, text.message))
    return Schema.decodeUnknownEffect(schema)(input, {
      errors: "all",
      onExcessProperty: "error",
    }).pipe(Effect.mapError((error) => invalidInputFromIssue(error.issue)))
  }

/** A domain rule about a whole input, reported like a schema issue at `path`. */
export const invalidAt = (path: ReadonlyArray<string | number>, message: string) =>
  new InvalidInput({
    message: `Invalid input: ${path.join(".")}: ${message}`,
    issues: [{ path: path.map(String), message }],
  })
