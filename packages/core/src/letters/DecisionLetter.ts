import { Schema } from "effect"
import { DecisionId, DecisionKind, type Decision } from "../decisions/Decision.ts"
import { CalendarDate, formatLongDate, londonDateOf } from "../model/CalendarDay.ts"
import { formatPounds } from "../model/Money.ts"
import type { Person } from "../model/Person.ts"
import {
  amountLabel,
  countLabel,
  easyReadSummary,
  letterSummary,
  letterTitle,
} from "./letterWords.ts"

const LetterLine = Schema.Struct({
  label: Schema.String,
  value: Schema.String,
}).annotate({ identifier: "LetterLine" })

const LetterReason = Schema.Struct({
  text: Schema.String,
  /** Whether the test the reason describes was met, in words (absent for information). */
  finding: Schema.NullOr(Schema.String),
}).annotate({ identifier: "LetterReason" })

/**
 * A decision as a letter the person can keep: what was decided, why, the amounts, the rules and
 * version that decided it, and how and by when to challenge it, in plain English. The same
 * words render as HTML (`html`) and as a PDF (the server's letter download).
 */
export const DecisionLetter = Schema.Struct({
  decisionId: DecisionId,
  kind: DecisionKind,
  /** The day the decision was made (London). */
  date: CalendarDate,
  /** The person's preferred language as recorded, for a translation or interpreter. */
  preferredLanguage: Schema.NullOr(Schema.String),
  easyRead: Schema.Boolean,
  title: Schema.String,
  greeting: Schema.String,
  summary: Schema.Array(Schema.String),
  reasons: Schema.Array(LetterReason),
  amounts: Schema.Array(LetterLine),
  /** The itemised lines of an amount set by points (the allocation), when there are any. */
  allocation: Schema.Array(LetterLine),
  decidedUnder: Schema.String,
  challenge: Schema.Struct({
    deadline: CalendarDate,
    text: Schema.Array(Schema.String),
  }).annotate({ identifier: "LetterChallenge" }),
  closing: Schema.Array(Schema.String),
  html: Schema.String,
}).annotate({ identifier: "DecisionLetter" })
export type DecisionLetter = typeof DecisionLetter.Type

const finding = (met: boolean | null) => (met === null ? null : met ? "Met" : "Not met")

const moneyOrCount = (key: string, value: number): typeof LetterLine.Type => {
  const count = countLabel[key]
  if (count !== undefined) return { label: count, value: String(value) }
  return { label: amountLabel[key] ?? key.replace(/Pence$/, ""), value: formatPounds(value) }
}

/**
 * The letter for a decision, every sentence read through `words` (the council's words for the
 * national terms, from its vocabulary).
 */
export const decisionLetter = (
  decision: Decision,
  person: Pick<Person, "givenName" | "familyName" | "preferredLanguage">,
  options: {
    readonly easyRead: boolean
    readonly words: (text: string) => string
  },
): DecisionLetter => {
  const { words } = options
  const easy = options.easyRead ? easyReadSummary[decision.outcome] : undefined
  const date = londonDateOf(decision.madeAt)
  const deadline = decision.challenge.deadline
  const letter = {
    decisionId: decision.id,
    kind: decision.kind,
    date,
    preferredLanguage: person.preferredLanguage,
    easyRead: easy !== undefined,
    title: words(letterTitle[decision.kind]),
    greeting: `Dear ${person.givenName} ${person.familyName},`,
    summary: (easy ?? [letterSummary[decision.outcome]]).map(words),
    reasons: decision.reasons.map((r) => ({
      text: words(r.text),
      finding: finding(r.met),
    })),
    amounts: Object.entries(decision.amounts).map(([key, value]) => moneyOrCount(key, value)),
    allocation: decision.allocation.map((item) => ({
      label: item.label,
      value: [
        item.points === null ? undefined : `${item.points} points`,
        item.amountPence === null ? undefined : formatPounds(item.amountPence),
      ]
        .filter((part) => part !== undefined)
        .join(", "),
    })),
    decidedUnder: `This decision was made on ${formatLongDate(date)} under ${decision.policy.id}, version ${decision.policy.version}. You can ask us to show you exactly what it was based on.`,
    challenge: {
      deadline,
      text: [
        `If you disagree, you can challenge this decision until ${formatLongDate(deadline)}.`,
        decision.challenge.how,
        ...(decision.challenge.routes ?? []),
        ...(decision.challenge.basis ?? []),
      ].map(words),
    },
    closing: [
      ...(person.preferredLanguage === null
        ? []
        : [
            `You told us you prefer ${person.preferredLanguage}. Ask us and we will arrange a translation of this letter or an interpreter, free of charge.`,
          ]),
      "You can ask someone you trust, a carer or an advocate to help you with this letter. If you need it in large print, Easy Read or another format, tell us.",
    ],
  }
  return { ...letter, html: letterHtml(letter) }
}

const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")

const paragraphs = (lines: ReadonlyArray<string>) =>
  lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n")

const table = (caption: string, rows: ReadonlyArray<typeof LetterLine.Type>) =>
  rows.length === 0
    ? ""
    : `<h2>${escapeHtml(caption)}</h2>\n<table>\n${rows
        .map(
          (r) =>
            `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${escapeHtml(r.value)}</td></tr>`,
        )
        .join("\n")}\n</table>`

/** The letter as a standalone, accessible HTML page (no scripts, no outside resources). */
const letterHtml = (letter: Omit<DecisionLetter, "html">): string =>
  `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(letter.title)}</title>
<style>body{font-family:Arial,sans-serif;font-size:${letter.easyRead ? "16pt" : "12pt"};line-height:1.5;max-width:40em;margin:2em auto}th{text-align:left;padding-right:1em}</style>
</head>
<body>
<p>${escapeHtml(formatLongDate(letter.date))}</p>
<h1>${escapeHtml(letter.title)}</h1>
<p>${escapeHtml(letter.greeting)}</p>
${paragraphs(letter.summary)}
<h2>Why we decided this</h2>
<ul>
${letter.reasons
  .map(
    (r) =>
      `<li>${escapeHtml(r.text)}${r.finding === null ? "" : ` <strong>(${r.finding})</strong>`}</li>`,
  )
  .join("\n")}
</ul>
${table("The amounts", letter.amounts)}
${table("How the amount was worked out", letter.allocation)}
<h2>Who decided, and under what rules</h2>
<p>${escapeHtml(letter.decidedUnder)}</p>
<h2>If you disagree</h2>
${paragraphs(letter.challenge.text)}
${paragraphs(letter.closing)}
</body>
</html>
`
