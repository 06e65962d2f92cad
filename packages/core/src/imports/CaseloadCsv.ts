import { Result, Schema } from "effect"
import { readCsv } from "../directory/csv.ts"
import { normalisePostcode } from "../directory/Postcode.ts"
import { Referral } from "../journey/Journey.ts"
import { Frequency, OutcomeDomain, SpendingCategory } from "../journey/SupportPlan.ts"
import { FundingStreamKind, LineDeliveryMechanism } from "../model/Budget.ts"
import { CalendarDate } from "../model/CalendarDay.ts"
import { invalidInputFromIssue } from "../model/Input.ts"
import { Pence } from "../model/Money.ts"
import { NhsNumber } from "../model/NhsNumber.ts"
import { PersonName } from "../model/Person.ts"
import { Label, Prose } from "../model/Text.ts"
import type { ImportRowProblem } from "./ImportRun.ts"

/*
 * A caseload as one wide CSV file: one row per person, with their carer, their journey at the
 * stage it has reached and, for a running budget, the plan's one line, the opening balance and
 * the next review. The columns are named in the file's header, in any order; a column the file
 * leaves out is empty on every row. The layout is documented in the host's README.
 */

/** The columns of a caseload file, in the order the template lists them. */
export const caseloadCsvColumns = [
  "source_id",
  "given_name",
  "family_name",
  "date_of_birth",
  "nhs_number",
  "postcode",
  "carer_name",
  "carer_relationship",
  "carer_nominated",
  "stage",
  "referral_source",
  "referred_on",
  "practitioner",
  "funding_stream",
  "mechanism",
  "support",
  "spending_category",
  "cost",
  "cost_frequency",
  "outcome_domain",
  "outcome",
  "plan_start",
  "opening_balance",
  "balance_on",
  "next_review",
] as const
export type CaseloadCsvColumn = (typeof caseloadCsvColumns)[number]

const known = new Set<string>(caseloadCsvColumns)
const required: ReadonlyArray<CaseloadCsvColumn> = [
  "source_id",
  "given_name",
  "family_name",
  "stage",
]

/**
 * The stages a journey can be brought in at: before anything is decided (considering,
 * assessing), or with its budget running (active). A journey between (a decision made, a plan
 * waiting for approval) is finished in the old system, or brought in at the stage before it.
 */
export const ImportStage = Schema.Literals(["considering", "assessing", "active"]).annotate({
  identifier: "ImportStage",
})
export type ImportStage = typeof ImportStage.Type

const Postcode = Schema.String.check(
  Schema.makeFilter((text: string) => normalisePostcode(text) === text, {
    message: "must be a full UK postcode such as LS7 3AB",
  }),
)

/** One row, typed: each key is its column's name, so a problem's path is the column. */
export const CaseloadImportRow = Schema.Struct({
  source_id: Label,
  given_name: PersonName,
  family_name: PersonName,
  date_of_birth: Schema.optionalKey(CalendarDate),
  nhs_number: Schema.optionalKey(NhsNumber),
  postcode: Schema.optionalKey(Postcode),
  carer_name: Schema.optionalKey(PersonName),
  carer_relationship: Schema.optionalKey(Label),
  carer_nominated: Schema.optionalKey(Schema.Boolean),
  stage: ImportStage,
  referral_source: Schema.optionalKey(Referral.fields.source),
  referred_on: Schema.optionalKey(CalendarDate),
  practitioner: Schema.optionalKey(Label),
  funding_stream: Schema.optionalKey(FundingStreamKind),
  mechanism: Schema.optionalKey(LineDeliveryMechanism),
  support: Schema.optionalKey(Prose),
  spending_category: Schema.optionalKey(SpendingCategory),
  cost: Schema.optionalKey(Pence),
  cost_frequency: Schema.optionalKey(Frequency),
  outcome_domain: Schema.optionalKey(OutcomeDomain),
  outcome: Schema.optionalKey(Prose),
  plan_start: Schema.optionalKey(CalendarDate),
  opening_balance: Schema.optionalKey(Pence),
  balance_on: Schema.optionalKey(CalendarDate),
  next_review: Schema.optionalKey(CalendarDate),
}).annotate({ identifier: "CaseloadImportRow" })
export type CaseloadImportRow = typeof CaseloadImportRow.Type

const amountColumns = new Set<CaseloadCsvColumn>(["cost", "opening_balance"])
const booleanColumns = new Set<CaseloadCsvColumn>(["carer_nominated"])
const spacedColumns = new Set<CaseloadCsvColumn>(["nhs_number"])

const pence = /^\d{1,10}$/
const pounds = /^(\d{1,8})(?:\.(\d{1,2}))?$/

/**
 * An amount as a spreadsheet holds it, as whole pence: digits alone are pence (`12345`); with a
 * pound sign or a decimal point they are pounds (`£123.45`, `123.45`, `£1,234`). Worked on the
 * digits as text, never through a floating-point number, so no amount is ever off by a penny.
 */
export const parseAmountToPence = (text: string): number | undefined => {
  const trimmed = text.trim()
  const isPounds = trimmed.startsWith("£") || trimmed.includes(".")
  const digits = trimmed.replace(/^£/, "").replace(/,(?=\d{3}(?:\D|$))/g, "")
  if (!isPounds) return pence.test(digits) ? Number(digits) : undefined
  const match = pounds.exec(digits)
  if (match === null) return undefined
  const fraction = (match[2] ?? "").padEnd(2, "0")
  return Number(match[1]) * 100 + Number(fraction)
}

const truthy = new Set(["yes", "y", "true", "1"])
const falsy = new Set(["no", "n", "false", "0"])

/** A yes/no cell: yes, y, true, 1 or no, n, false, 0 in any case; undefined for anything else. */
export const parseYesNo = (text: string): boolean | undefined => {
  const t = text.trim().toLowerCase()
  return truthy.has(t) ? true : falsy.has(t) ? false : undefined
}

/** A row read from the file: its typed form, or its problems (every one, not the first). */
export type CaseloadCsvRow =
  | { readonly row: number; readonly sourceId: string; readonly value: CaseloadImportRow }
  | {
      readonly row: number
      readonly sourceId: string | null
      readonly problems: ReadonlyArray<ImportRowProblem>
    }

const decodeRow = Schema.decodeUnknownResult(CaseloadImportRow)

/** The rules across columns: what an active journey needs, and what only one may have. */
const crossColumnProblems = (
  value: CaseloadImportRow,
): Array<[CaseloadCsvColumn | null, string]> => {
  const problems: Array<[CaseloadCsvColumn | null, string]> = []
  if ((value.carer_name === undefined) !== (value.carer_relationship === undefined))
    problems.push([
      value.carer_name === undefined ? "carer_name" : "carer_relationship",
      "a carer needs both a name and a relationship",
    ])
  if (value.carer_nominated !== undefined && value.carer_name === undefined)
    problems.push(["carer_nominated", "only a carer can be a nominated person"])
  const budgetColumns = [
    "funding_stream",
    "mechanism",
    "cost",
    "outcome",
    "next_review",
  ] as const satisfies ReadonlyArray<CaseloadCsvColumn>
  const onlyActive = [
    ...budgetColumns,
    "support",
    "spending_category",
    "cost_frequency",
    "outcome_domain",
    "plan_start",
    "opening_balance",
    "balance_on",
  ] as const satisfies ReadonlyArray<CaseloadCsvColumn>
  if (value.stage === "active") {
    for (const column of budgetColumns)
      if (value[column] === undefined)
        problems.push([column, "an active journey needs this: its budget is running"])
    if (value.cost === 0) problems.push(["cost", "a running budget's line costs more than nothing"])
    if (value.balance_on !== undefined && value.opening_balance === undefined)
      problems.push(["balance_on", "a balance date goes with an opening balance"])
  } else {
    for (const column of onlyActive)
      if (value[column] !== undefined)
        problems.push([column, `a journey at ${value.stage} has no budget yet: leave this empty`])
  }
  return problems
}

const rowFrom = (
  cell: (column: CaseloadCsvColumn) => string,
  row: number,
  present: ReadonlySet<string>,
): CaseloadCsvRow => {
  const sourceText = cell("source_id").trim()
  const sourceId = sourceText === "" ? null : sourceText
  const problems: Array<ImportRowProblem> = []
  const problem = (column: string | null, message: string) =>
    problems.push({ row, column, sourceId, message })
  const raw: Record<string, unknown> = {}
  for (const column of caseloadCsvColumns) {
    if (!present.has(column)) continue
    let text = cell(column).trim()
    if (spacedColumns.has(column)) text = text.replace(/\s+/g, "")
    if (text === "") continue
    if (amountColumns.has(column)) {
      const amount = parseAmountToPence(text)
      if (amount === undefined)
        problem(column, `${text} is not an amount: give pence (12345) or pounds (£123.45)`)
      else raw[column] = amount
    } else if (booleanColumns.has(column)) {
      const answer = parseYesNo(text)
      if (answer === undefined) problem(column, `${text} is not yes or no`)
      else raw[column] = answer
    } else if (column === "postcode") raw[column] = normalisePostcode(text) ?? text
    else if (column === "stage" || column.endsWith("_stream") || column === "mechanism")
      raw[column] = text.toLowerCase()
    else raw[column] = text
  }
  const decoded = decodeRow(raw, { errors: "all", onExcessProperty: "ignore" })
  if (Result.isFailure(decoded)) {
    for (const issue of invalidInputFromIssue(decoded.failure.issue).issues)
      problem(
        issue.path[0] ?? null,
        issue.message === "Missing key" ? "is required and the row leaves it empty" : issue.message,
      )
  }
  if (problems.length > 0 || Result.isFailure(decoded)) return { row, sourceId, problems }
  for (const [column, message] of crossColumnProblems(decoded.success)) problem(column, message)
  if (problems.length > 0) return { row, sourceId, problems }
  return { row, sourceId: decoded.success.source_id, value: decoded.success }
}

/** What makes a file unreadable as a caseload at all, before any row is looked at. */
export interface CaseloadFileProblem {
  readonly message: string
}

/**
 * The rows of a caseload file, each typed or with its problems, or what makes the whole file
 * unreadable: broken quoting, no header, an unknown or repeated column, a required one missing.
 * A source id or an NHS number given twice is a problem on its second row: one person, one row.
 */
export const readCaseloadCsv = (
  text: string,
): { readonly rows: ReadonlyArray<CaseloadCsvRow> } | CaseloadFileProblem => {
  const parsed = readCsv(text)
  if ("problem" in parsed) return { message: `line ${parsed.line}: ${parsed.problem}` }
  const [header, ...records] = parsed.records
  if (header === undefined) return { message: "the file has no header row" }
  const columns = header.map((name) => name.trim().toLowerCase())
  for (const column of columns)
    if (!known.has(column))
      return {
        message: `the header names an unknown column ${JSON.stringify(column).slice(0, 60)} (known: ${caseloadCsvColumns.join(", ")})`,
      }
  if (new Set(columns).size !== columns.length)
    return { message: "the header names a column twice" }
  for (const column of required)
    if (!columns.includes(column)) return { message: `the header has no ${column} column` }
  const present = new Set(columns)
  const seen = new Map<string, number>()
  const nhsSeen = new Map<string, number>()
  const rows = records.map((record, index): CaseloadCsvRow => {
    const row = index + 2
    if (record.length !== columns.length) {
      const id = record[columns.indexOf("source_id")]?.trim()
      return {
        row,
        sourceId: id || null,
        problems: [
          {
            row,
            column: null,
            sourceId: id || null,
            message: `the row has ${record.length} fields where the header has ${columns.length}`,
          },
        ],
      }
    }
    const read = rowFrom(
      (column) => {
        const at = columns.indexOf(column)
        return at < 0 ? "" : (record[at] ?? "")
      },
      row,
      present,
    )
    if (read.sourceId !== null) {
      const first = seen.get(read.sourceId)
      if (first !== undefined)
        return {
          row,
          sourceId: read.sourceId,
          problems: [
            {
              row,
              column: "source_id",
              sourceId: read.sourceId,
              message: `source id ${read.sourceId} is on row ${first} already: one person, one row`,
            },
          ],
        }
      seen.set(read.sourceId, row)
    }
    if ("value" in read && read.value.nhs_number !== undefined) {
      const first = nhsSeen.get(read.value.nhs_number)
      if (first !== undefined)
        return {
          row,
          sourceId: read.sourceId,
          problems: [
            {
              row,
              column: "nhs_number",
              sourceId: read.sourceId,
              message: `this NHS number is on row ${first} already: one person, one record`,
            },
          ],
        }
      nhsSeen.set(read.value.nhs_number, row)
    }
    return read
  })
  return { rows }
}

/** The header and one example row a template ships with (every column, an active journey). */
export const caseloadTemplateCsv = `${caseloadCsvColumns.join(",")}\r\n`
