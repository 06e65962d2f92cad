import { Schema } from "effect"

/*
 * What any text OpenPB keeps may hold. PostgreSQL refuses NUL in text and in JSON documents, and
 * a lone surrogate is not text at all: both are refused here, with the field named, before they
 * reach a database that would answer with an internal error. Every text is also bounded.
 */

/** The longest one-line text: a name, a relationship, a reference, a label. */
export const MAX_LABEL_LENGTH = 200

/**
 * The longest text a person writes in one field (an assessment's evidence, their views, a
 * note): 20,000 characters, some 3,000 words. Also the bound on any text of any input.
 */
export const MAX_PROSE_LENGTH = 20_000

/**
 * A control character. Tab, line feed and carriage return count as one only when the text is a
 * single line: prose may have line breaks and tabs, a name may not.
 */
export const hasControlCharacter = (text: string, lineBreaks: boolean): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const lineBreak = code === 0x09 || code === 0x0a || code === 0x0d
    if ((code < 0x20 && !(lineBreaks && lineBreak)) || (code >= 0x7f && code <= 0x9f)) return true
  }
  return false
}

// Half of a surrogate pair without its other half: not a character at all.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether a text is well-formed UTF-16 (no lone surrogate). */
export const isWellFormedText = (text: string): boolean => !loneSurrogate.test(text)

/** What is wrong with a text's characters, or undefined when nothing is. */
const characterProblem = (text: string, lineBreaks: boolean): string | undefined => {
  if (hasControlCharacter(text, lineBreaks))
    return lineBreaks
      ? "must not hold control characters"
      : "must be one line without control characters"
  if (!isWellFormedText(text)) return "must be well-formed text"
  return undefined
}

/** Why a text cannot be kept, or undefined when it can: the one rule for every text field. */
export const textProblem = (
  text: string,
  rule: { readonly maxLength: number; readonly lineBreaks: boolean },
): string | undefined =>
  text.length > rule.maxLength
    ? `must be at most ${rule.maxLength} characters`
    : characterProblem(text, rule.lineBreaks)

/**
 * What a generator draws a text from: printable characters of the Basic Multilingual Plane
 * before the surrogates (and tab and line breaks where allowed), so a generated text is one the
 * rule accepts: a rejected one would throw away the whole value it is part of, and a document
 * with dozens of texts would rarely be drawn at all. The rule itself stays the filter below.
 */
const drawnFrom = (lineBreaks: boolean) => ({
  source: `^[${lineBreaks ? "\\t\\n\\r" : ""} -~\\u00a0-\\ud7ff]*$`,
  flags: "",
})

/**
 * A text field's schema: at least one character (unless `mayBeEmpty`), at most `maxLength`, no
 * control characters (line breaks and tabs only when `lineBreaks`), no lone surrogates. The
 * bounds are standard length checks, so generators and JSON Schema see them.
 */
export const textOf = (rule: {
  readonly maxLength: number
  readonly lineBreaks: boolean
  readonly mayBeEmpty?: boolean
}) =>
  Schema.String.check(
    Schema.isMinLength(rule.mayBeEmpty === true ? 0 : 1, { message: "must not be empty" }),
    Schema.isMaxLength(rule.maxLength, {
      message: `must be at most ${rule.maxLength} characters`,
    }),
    Schema.makeFilter((text: string) => characterProblem(text, rule.lineBreaks), {
      arbitraryConstraint: { patterns: [drawnFrom(rule.lineBreaks)] },
    }),
  )

/** One line of text, up to 200 characters: names, relationships, references, labels. */
export const Label = textOf({ maxLength: MAX_LABEL_LENGTH, lineBreaks: false })

/** What a person writes, up to 20,000 characters, line breaks and tabs allowed. */
export const Prose = textOf({ maxLength: MAX_PROSE_LENGTH, lineBreaks: true })

/** A note a person may leave empty: prose, or nothing at all. */
export const Note = textOf({ maxLength: MAX_PROSE_LENGTH, lineBreaks: true, mayBeEmpty: true })

/**
 * One line a person may leave empty (a crisis contact's phone not yet known, a receipt with no
 * reference): a label, or nothing at all.
 */
export const LabelOrEmpty = textOf({
  maxLength: MAX_LABEL_LENGTH,
  lineBreaks: false,
  mayBeEmpty: true,
})
