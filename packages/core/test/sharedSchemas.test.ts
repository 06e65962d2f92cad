import { Exit, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  AllocationSchedule,
  Carer,
  isOrderedPeriod,
  Label,
  MAX_LABEL_LENGTH,
  MAX_PENCE,
  MAX_PROSE_LENGTH,
  Note,
  Pence,
  Person,
  PersonName,
  Prose,
  SignedPence,
} from "../src/index.ts"

const refusal = (schema: Schema.Top, value: unknown): string | undefined => {
  const exit = Schema.decodeUnknownExit(schema as Schema.Codec<unknown, unknown>)(value)
  return Exit.isFailure(exit) ? String(exit) : undefined
}

describe("shared text schemas", () => {
  it("keep a label to one line of 1-200 characters", () => {
    expect(refusal(Label, "sister")).toBeUndefined()
    expect(refusal(Label, "x".repeat(MAX_LABEL_LENGTH))).toBeUndefined()
    expect(refusal(Label, "x".repeat(MAX_LABEL_LENGTH + 1))).toContain("at most 200 characters")
    expect(refusal(Label, "")).toContain("must not be empty")
    for (const bad of ["two\nlines", "tab\there", "nul\u0000", "\u001b[31m", "del\u007f"])
      expect(refusal(Label, bad), JSON.stringify(bad)).toContain("one line without control")
    expect(refusal(Label, "half \uD83D")).toContain("well-formed")
    expect(refusal(PersonName, "Ada\u0000")).toContain("one line without control")
  })

  it("let prose have line breaks and tabs, up to 20,000 characters; a note may be empty", () => {
    expect(refusal(Prose, "She has low days.\n\tAnd better days. 😀")).toBeUndefined()
    expect(refusal(Prose, "x".repeat(MAX_PROSE_LENGTH))).toBeUndefined()
    expect(refusal(Prose, "x".repeat(MAX_PROSE_LENGTH + 1))).toContain("at most 20000")
    expect(refusal(Prose, "a\u0000b")).toContain("must not hold control characters")
    expect(refusal(Prose, "\uDC00")).toContain("well-formed")
    expect(refusal(Prose, "")).toContain("must not be empty")
    expect(refusal(Note, "")).toBeUndefined()
    expect(refusal(Note, "\u0007")).toContain("control characters")
  })

  it("accept exactly the well-formed one-line texts within the bound (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 250 }), (text) => {
        const wellFormed = !/[\uD800-\uDFFF]/.test(
          text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""),
        )
        const oneLine = [...text].every((c) => c >= " " && (c < "\u007f" || c > "\u009f"))
        const fits = text.length >= 1 && text.length <= MAX_LABEL_LENGTH
        expect(refusal(Label, text) === undefined).toBe(wellFormed && oneLine && fits)
      }),
    )
  })
})

describe("amounts", () => {
  it("are whole pence, never negative unless signed, and within 2^31 - 1 of zero", () => {
    expect(refusal(Pence, MAX_PENCE)).toBeUndefined()
    for (const bad of [-1, 0.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, "100", Number.NaN, null])
      expect(refusal(Pence, bad), String(bad)).toBeDefined()
    expect(refusal(SignedPence, -MAX_PENCE)).toBeUndefined()
    for (const bad of [-(2 ** 31), 2 ** 31])
      expect(refusal(SignedPence, bad), String(bad)).toContain("whole pence")
    for (const bad of [1.25, -(2 ** 53)])
      expect(refusal(SignedPence, bad), String(bad)).toContain("integer")
  })
})

describe("ordered periods", () => {
  const Stay = Schema.Struct({
    startDate: Schema.String,
    endDate: Schema.NullOr(Schema.String),
  }).check(isOrderedPeriod("startDate", "endDate"))

  it("hold any pair of fields to end on or after the start; an open end is no end", () => {
    expect(refusal(Stay, { startDate: "2026-01-01", endDate: "2026-01-01" })).toBeUndefined()
    expect(refusal(Stay, { startDate: "2026-01-01", endDate: null })).toBeUndefined()
    expect(refusal(Stay, { startDate: "2026-01-02", endDate: "2026-01-01" })).toContain(
      "must not be before startDate",
    )
  })
})

describe("stored documents", () => {
  // As the store decodes a row it reads back: the same schemas, so the same rules.
  const person = {
    id: "01900000-0000-7000-8000-000000000001",
    councilId: "northmere",
    givenName: "Ada",
    familyName: "Osei",
    dateOfBirth: "1984-02-29",
    createdAt: "2026-12-04T10:00:00.000Z",
    nhsNumber: null,
    contact: { phone: null, email: null, address: "1 High Street\nNorthmere" },
    preferredLanguage: null,
    interpreterNeeded: false,
    equality: null,
    researchConsent: false,
  }
  const carer = {
    id: "01900000-0000-7000-8000-000000000002",
    councilId: "northmere",
    personId: person.id,
    name: "Cara",
    relationship: "sister",
    subject: null,
    consentScopes: [],
    nominatedPerson: false,
    willingness: { willingAndAble: true, hoursPerWeek: 10, confirmedOn: "2026-12-01", note: "" },
    version: 1,
  }

  it("refuse impossible dates, control characters and overlong text inside a document", () => {
    expect(refusal(Person, person)).toBeUndefined()
    expect(refusal(Carer, carer)).toBeUndefined()
    expect(refusal(Person, { ...person, dateOfBirth: "1985-02-29" })).toContain("exists")
    expect(refusal(Person, { ...person, dateOfBirth: "0000-01-01" })).toBeDefined()
    expect(refusal(Person, { ...person, givenName: "Ada\u0000" })).toContain("control")
    expect(refusal(Person, { ...person, contact: { ...person.contact, phone: "1\n2" } })).toContain(
      "one line",
    )
    expect(refusal(Carer, { ...carer, relationship: "x".repeat(201) })).toContain("at most 200")
    expect(
      refusal(Carer, {
        ...carer,
        willingness: { ...carer.willingness, confirmedOn: "2026-04-31" },
      }),
    ).toContain("exists")
    expect(
      refusal(AllocationSchedule, {
        startDate: "2026-02-30",
        frequency: "monthly",
        pauses: [],
        endDate: null,
      }),
    ).toContain("exists")
  })
})
