import { SchemaAST } from "effect"
import fc from "fast-check"

/*
 * Bad inputs made from a use case's contract input schema: the schema says where every field
 * sits and what it is (text, date, id, amount, enum, list...), and each field gets values it
 * must refuse, put into an otherwise valid input one at a time, so the refusal is that field's.
 */

type Path = ReadonlyArray<string | number>

export type FieldKind =
  | "text"
  | "date"
  | "integer"
  | "number"
  | "literal"
  | "boolean"
  | "object"
  | "array"
  | "record"

/** One place in an input a bad value can be put, read off the schema. */
export interface Field {
  readonly path: Path
  readonly kind: FieldKind
  /** An amount of money (`...Pence`): whole pence, below 2^31. */
  readonly pence: boolean
  /** The longest text the schema allows, when it states one. */
  readonly maxLength?: number
  readonly literals?: ReadonlyArray<unknown>
}

/** What kind of bad value it is, for the summary. */
export type BadKind =
  | "wrong type"
  | "NUL"
  | "control character"
  | "lone surrogate"
  | "overlong text"
  | "impossible date"
  | "fractional"
  | "negative pence"
  | "2^31"
  | "2^53"
  | "unknown enum value"
  | "extra field"
  | "bad property name"

export interface BadInput {
  readonly field: string
  readonly kind: BadKind
  readonly input: unknown
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const representations = (ast: SchemaAST.AST) =>
  (ast.checks ?? []).flatMap((check) => {
    const annotations = (check as { annotations?: Record<string, unknown> }).annotations
    const representation = annotations?.representation as
      | { id: string; payload: Record<string, number> | null }
      | undefined
    return representation ? [representation] : []
  })

const stated = (ast: SchemaAST.AST, key: string): number | undefined => {
  for (const { payload } of representations(ast)) {
    if (payload && typeof payload[key] === "number") return payload[key]
  }
  return undefined
}

const isNullish = (ast: SchemaAST.AST) => SchemaAST.isNull(ast) || SchemaAST.isUndefined(ast)

/** The member of a union the valid value at this place is, or the first that is not null. */
const memberFor = (union: SchemaAST.Union, value: unknown): SchemaAST.AST | undefined => {
  const members = union.types.filter((t) => !isNullish(t))
  const fits = (t: SchemaAST.AST): boolean => {
    if (value === undefined) return true
    if (SchemaAST.isString(t)) return typeof value === "string"
    if (SchemaAST.isNumber(t)) return typeof value === "number"
    if (SchemaAST.isBoolean(t)) return typeof value === "boolean"
    if (SchemaAST.isLiteral(t)) return t.literal === value
    if (SchemaAST.isArrays(t)) return Array.isArray(value)
    if (SchemaAST.isObjects(t)) {
      if (!isRecord(value)) return false
      const names = new Set(t.propertySignatures.map((p) => String(p.name)))
      return (
        t.indexSignatures.length > 0 ||
        (Object.keys(value).every((k) => names.has(k)) &&
          t.propertySignatures.every(
            (p) => p.type.context?.isOptional === true || String(p.name) in value,
          ))
      )
    }
    if (SchemaAST.isUnion(t)) return t.types.some(fits)
    if (SchemaAST.isSuspend(t)) return fits(t.thunk())
    return true
  }
  return members.find(fits) ?? members[0]
}

/**
 * Every field of an input schema that a bad value can be put in while the rest of `base` stays
 * valid: fields present in `base`, and fields absent from it whose container is present.
 */
export const fieldsOf = (schema: { readonly ast: SchemaAST.AST }, base: unknown) => {
  const fields: Array<Field> = []
  const add = (field: Field): undefined => {
    fields.push(field)
    return undefined
  }
  const walk = (ast: SchemaAST.AST, path: Path, value: unknown, depth: number): undefined => {
    if (depth > 12) return
    if (SchemaAST.isSuspend(ast)) return walk(ast.thunk(), path, value, depth + 1)
    const name = String(path.at(-1) ?? "")
    if (SchemaAST.isUnion(ast)) {
      const members = ast.types.filter((t) => !isNullish(t))
      if (members.length > 0 && members.every(SchemaAST.isLiteral))
        return add({
          path,
          kind: "literal",
          pence: false,
          literals: members.map((m) => m.literal),
        })
      const member = memberFor(ast, value)
      return member ? walk(member, path, value, depth + 1) : undefined
    }
    if (SchemaAST.isLiteral(ast))
      return add({ path, kind: "literal", pence: false, literals: [ast.literal] })
    if (SchemaAST.isBoolean(ast)) return add({ path, kind: "boolean", pence: false })
    if (SchemaAST.isNumber(ast)) {
      const integer = representations(ast).some((r) => r.id === "effect/schema/isInt")
      return add({
        path,
        kind: integer ? "integer" : "number",
        pence: name.endsWith("Pence") || SchemaAST.resolveIdentifier(ast) === "Pence",
      })
    }
    if (SchemaAST.isString(ast)) {
      const maxLength = stated(ast, "maxLength")
      return add({
        path,
        kind: SchemaAST.resolveIdentifier(ast) === "Date" ? "date" : "text",
        pence: false,
        ...(maxLength === undefined ? {} : { maxLength }),
      })
    }
    if (SchemaAST.isArrays(ast)) {
      fields.push({ path, kind: "array", pence: false })
      const item = ast.elements[0] ?? ast.rest[0]
      if (item === undefined || !Array.isArray(value)) return
      return walk(item, [...path, 0], value[0], depth + 1)
    }
    if (SchemaAST.isObjects(ast)) {
      if (ast.indexSignatures.length > 0) {
        fields.push({ path, kind: "record", pence: false })
        if (!isRecord(value)) return
        const entry = Object.keys(value)[0] ?? "answer"
        return walk(ast.indexSignatures[0]!.type, [...path, entry], value[entry], depth + 1)
      }
      fields.push({ path, kind: "object", pence: false })
      if (!isRecord(value)) return
      for (const property of ast.propertySignatures) {
        const key = String(property.name)
        const inner = value[key]
        // An absent container would need valid contents of its own: only its leaves are tried.
        const container =
          SchemaAST.isObjects(property.type) ||
          SchemaAST.isArrays(property.type) ||
          (SchemaAST.isUnion(property.type) &&
            property.type.types.some((t) => SchemaAST.isObjects(t) || SchemaAST.isArrays(t)))
        if (inner === undefined && container) continue
        walk(property.type, [...path, key], inner, depth + 1)
      }
    }
  }
  walk(SchemaAST.toEncoded(schema.ast), [], base, 0)
  return fields
}

/** A copy of `base` with the value at `path` replaced (or added). */
export const withValueAt = (base: unknown, path: Path, value: unknown): unknown => {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (Array.isArray(base)) {
    const copy = [...base]
    copy[head as number] = withValueAt(base[head as number], rest, value)
    return copy
  }
  const record = isRecord(base) ? base : {}
  return { ...record, [head as string]: withValueAt(record[head as string], rest, value) }
}

const valueAt = (base: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (value, key) => (isRecord(value) || Array.isArray(value) ? (value as never)[key] : undefined),
    base,
  )

const MAX_ANY_TEXT = 20_000

/** The amounts that may be below zero: an account's balance may be overdrawn. */
const signedAmounts = new Set(["closingBalancePence", "balancePence"])

/** Text with one bad character somewhere in an otherwise ordinary sentence. */
const textWith = (bad: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.string({ unit: "grapheme-ascii", maxLength: 20 }),
      bad,
      fc.string({ unit: "grapheme-ascii", maxLength: 10 }),
    )
    .map(([before, char, after]) => `${before}${char}${after}`)

const controlCharacter = fc
  .oneof(
    fc.integer({ min: 0x01, max: 0x08 }),
    fc.integer({ min: 0x0b, max: 0x0c }),
    fc.integer({ min: 0x0e, max: 0x1f }),
    fc.constant(0x7f),
    fc.integer({ min: 0x80, max: 0x9f }),
  )
  .map((code) => String.fromCharCode(code))

const loneSurrogate = fc
  .oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff }))
  .map((code) => String.fromCharCode(code))

const pad = (n: number, width: number) => String(n).padStart(width, "0")

/** A date that fits YYYY-MM-DD but is no day of the calendar OpenPB keeps. */
const impossibleDate = fc.oneof(
  fc.constantFrom(
    "2026-02-30",
    "2026-02-29",
    "2100-02-29",
    "2026-04-31",
    "0000-01-01",
    "0001-01-01",
    "1899-12-31",
    "2200-01-01",
    "9999-12-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-1",
    "2026-01-01T00:00:00Z",
  ),
  fc
    .record({
      year: fc.integer({ min: 1900, max: 2199 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 32, max: 99 }),
    })
    .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
  fc
    .record({ year: fc.integer({ min: 0, max: 1899 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, day }) => `${pad(year, 4)}-06-${pad(day, 2)}`),
)

/** A value of another JSON type than the field's. */
const wrongTypeFor = (kind: FieldKind): fc.Arbitrary<unknown> => {
  const byType: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ maxLength: 8 }).filter((s) => s !== ""),
    number: fc.integer({ min: -5, max: 5 }),
    boolean: fc.boolean(),
    object: fc.constant({ nested: true }),
    array: fc.constant(["a", 1]),
  }
  const own: Record<FieldKind, string> = {
    text: "string",
    date: "string",
    literal: "string",
    integer: "number",
    number: "number",
    boolean: "boolean",
    object: "object",
    record: "object",
    array: "array",
  }
  return fc.oneof(...Object.entries(byType).flatMap(([t, a]) => (t === own[kind] ? [] : [a])))
}

/** The bad values for one field, by kind: what every field of that kind must refuse. */
export const badValuesFor = (
  field: Field,
  base: unknown,
): ReadonlyArray<readonly [BadKind, fc.Arbitrary<unknown>]> => {
  const bad: Array<readonly [BadKind, fc.Arbitrary<unknown>]> = [
    ["wrong type", wrongTypeFor(field.kind)],
  ]
  const current = valueAt(base, field.path)
  switch (field.kind) {
    case "text":
    case "date":
      bad.push(
        ["NUL", textWith(fc.constant("\u0000"))],
        ["control character", textWith(controlCharacter)],
        ["lone surrogate", textWith(loneSurrogate)],
        [
          "overlong text",
          fc
            .integer({ min: (field.maxLength ?? MAX_ANY_TEXT) + 1, max: MAX_ANY_TEXT + 50 })
            .map((n) => "x".repeat(Math.max(n, (field.maxLength ?? MAX_ANY_TEXT) + 1))),
        ],
      )
      if (field.kind === "date") bad.push(["impossible date", impossibleDate])
      break
    case "integer":
    case "number":
      // A number that need not be whole (a score) may be any finite number JSON can carry.
      if (field.kind === "number" && !field.pence) break
      bad.push(
        [
          "fractional",
          fc
            .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
            .filter((n) => !Number.isInteger(n)),
        ],
        ["2^53", fc.constantFrom(2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21)],
      )
      if (field.pence) {
        bad.push(["2^31", fc.constantFrom(2 ** 31, 2 ** 31 + 1, 2 ** 32, -(2 ** 31) - 1)])
        if (!signedAmounts.has(String(field.path.at(-1))))
          bad.push(["negative pence", fc.integer({ min: -(2 ** 31), max: -1 })])
      }
      break
    case "literal":
      bad.push([
        "unknown enum value",
        fc.oneof(
          fc.constant("not-a-value"),
          fc.constantFrom(...(field.literals ?? ["x"])).map((l) => `${String(l).toUpperCase()}_`),
        ),
      ])
      break
    case "object":
      if (isRecord(current))
        bad.push([
          "extra field",
          fc
            .constantFrom("unexpected", "__proto__x", "isAdmin", "councilId", "version")
            .filter((key) => !(key in current))
            .map((key) => ({ ...current, [key]: "extra" })),
        ])
      break
    case "record":
      if (isRecord(current))
        bad.push([
          "bad property name",
          fc
            .constantFrom("\u0000", "q\u0001", "\uD800", "k".repeat(201))
            .map((key) => ({ ...current, [key]: Object.values(current)[0] ?? "x" })),
        ])
      break
    default:
      break
  }
  return bad
}

/** A field's dotted name, as an error names it. */
export const fieldName = (path: Path) => (path.length === 0 ? "(input)" : path.join("."))

/** Every bad input for an input schema and a valid base: one bad field at a time. */
export const badInputs = (
  schema: { readonly ast: SchemaAST.AST },
  base: unknown,
): fc.Arbitrary<BadInput> => {
  const choices = fieldsOf(schema, base).flatMap((field) =>
    badValuesFor(field, base).map(([kind, values]) =>
      values.map(
        (value): BadInput => ({
          field: fieldName(field.path),
          kind,
          input: withValueAt(base, field.path, value),
        }),
      ),
    ),
  )
  return fc.oneof(...choices)
}

/** One bad input of every kind for every field: the sweep no field can hide from. */
export const everyBadInput = (
  schema: { readonly ast: SchemaAST.AST },
  base: unknown,
  seed: number,
): ReadonlyArray<BadInput> =>
  fieldsOf(schema, base).flatMap((field) =>
    badValuesFor(field, base).map(([kind, values]) => ({
      field: fieldName(field.path),
      kind,
      input: withValueAt(base, field.path, fc.sample(values, { numRuns: 1, seed })[0]),
    })),
  )
