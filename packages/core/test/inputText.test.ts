import { Effect, Exit, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeInput, MAX_PROSE_LENGTH } from "../src/index.ts"

const Note = Schema.Struct({ notes: Schema.Array(Schema.Struct({ text: Schema.String })) })
const decode = (text: string) =>
  Effect.runSyncExit(decodeInput(Note)({ notes: [{ text: "fine" }, { text }] }))
const refusal = (text: string) => {
  const exit = decode(text)
  return Exit.isFailure(exit) ? String(exit.cause) : undefined
}

describe("text in any input", () => {
  it("refuses NUL and other control characters, lone surrogates and overlong text, naming the field", () => {
    expect(refusal("a\u0000b")).toContain("notes.1.text: must not hold control characters")
    expect(refusal("bell\u0007")).toContain("must not hold control characters")
    expect(refusal("next line\u0085")).toContain("must not hold control characters")
    expect(refusal("\uD800 alone")).toContain("notes.1.text: must be well-formed text")
    expect(refusal("tail \uDC00")).toContain("must be well-formed text")
    expect(refusal("x".repeat(MAX_PROSE_LENGTH + 1))).toContain(
      `must be at most ${MAX_PROSE_LENGTH} characters`,
    )
  })

  it("keeps every well-formed text within the bound, line breaks, tabs and emoji included (property)", () => {
    expect(refusal("two\nlines\twith a tab\r\nand 😀")).toBeUndefined()
    expect(refusal("x".repeat(MAX_PROSE_LENGTH))).toBeUndefined()
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const printable = [...text].every((c) => c >= " " && (c < "\u007f" || c > "\u009f"))
        expect(Exit.isSuccess(decode(text))).toBe(printable)
      }),
    )
  })

  it("refuses a property name that is not a short line of text, without echoing it", () => {
    const Answers = Schema.Struct({ answers: Schema.Record(Schema.String, Schema.String) })
    const exit = Effect.runSyncExit(decodeInput(Answers)({ answers: { "q\u0000": "yes" } }))
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(exit)).toContain("answers: a property's name must be one line")
    expect(String(exit)).not.toContain("\u0000")
    const long = Effect.runSyncExit(decodeInput(Answers)({ answers: { ["k".repeat(201)]: "yes" } }))
    expect(String(long)).toContain("must be at most 200 characters")
  })
})
