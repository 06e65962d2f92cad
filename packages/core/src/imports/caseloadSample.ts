import { caseloadCsvColumns } from "./CaseloadCsv.ts"

/*
 * A fictional caseload in the import's layout, for trying the import, its tests and its
 * benchmark: `people` rows, a third at each stage the import takes, and every `badEvery`-th row
 * spoiled in one of the ways a real export from another system goes wrong. Deterministic: the
 * same arguments give the same file.
 */

const givenNames = ["Amira", "Ben", "Chloe", "Dev", "Ewa", "Farid", "Grace", "Hamza", "Isla", "Jon"]
const familyNames = [
  "Ahmed",
  "Brown",
  "Cole",
  "Das",
  "Evans",
  "Fox",
  "Green",
  "Hill",
  "Iqbal",
  "Jones",
]
const postcodes = ["LS7 3AB", "LS6 1QP", "BD1 4HG", "HX1 2TT", "WF1 5RS"]

/**
 * A valid NHS number (Modulus 11 check digit) of its own for each serial: the first of the
 * serial's eleven numbers that has a check digit, so no two serials share one.
 */
const nhsNumberFor = (serial: number): string => {
  for (let k = 0; ; k++) {
    const base = String(900_000_000 + ((serial * 11 + k) % 99_999_999)).padStart(9, "0")
    const sum = [...base].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0)
    const check = 11 - (sum % 11)
    if (check === 10) continue
    return `${base}${check === 11 ? 0 : check}`
  }
}

const dateFor = (year: number, serial: number) =>
  `${year}-${String((serial % 12) + 1).padStart(2, "0")}-${String((serial % 28) + 1).padStart(2, "0")}`

/** How each spoiled row goes wrong, in turn; the column each problem is reported against. */
export const sampleSpoilers: ReadonlyArray<{
  readonly column: string
  readonly set: Readonly<Record<string, string>>
}> = [
  { column: "date_of_birth", set: { date_of_birth: "31/02/1980" } },
  { column: "nhs_number", set: { nhs_number: "1234567890" } },
  { column: "family_name", set: { family_name: "" } },
  { column: "stage", set: { stage: "awaiting-panel" } },
  { column: "postcode", set: { postcode: "NOT A CODE" } },
  {
    column: "opening_balance",
    set: {
      stage: "active",
      funding_stream: "council-social-care",
      mechanism: "direct-payment",
      cost: "£120.00",
      outcome: "To get out more",
      next_review: "2027-03-01",
      opening_balance: "£12.3.4",
    },
  },
]

const quote = (field: string) =>
  /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field

export interface CaseloadSample {
  readonly csv: string
  /** The spoiled rows as a spreadsheet numbers them (the header is row 1), with the column at fault. */
  readonly spoiled: ReadonlyArray<{ readonly row: number; readonly column: string }>
  /** Rows that are active with an opening balance above zero (each an opening posting). */
  readonly openingBalances: number
}

/** A generated caseload file of `people` rows; every `badEvery`-th row spoiled (0: none). */
export const generateCaseloadCsv = (people: number, badEvery = 0): CaseloadSample => {
  const lines = [caseloadCsvColumns.join(",")]
  const spoiled: Array<{ row: number; column: string }> = []
  let openingBalances = 0
  for (let i = 1; i <= people; i++) {
    const stage = i % 3 === 0 ? "active" : i % 3 === 1 ? "considering" : "assessing"
    const row: Record<string, string> = {
      source_id: `CASE-${String(i).padStart(6, "0")}`,
      given_name: givenNames[i % givenNames.length]!,
      family_name: `${familyNames[(i * 7) % familyNames.length]!}${i % 5 === 0 ? "-Smith" : ""}`,
      date_of_birth: dateFor(1950 + (i % 50), i),
      nhs_number: nhsNumberFor(i),
      postcode: postcodes[i % postcodes.length]!,
      carer_name: i % 4 === 0 ? `Carer ${i}` : "",
      carer_relationship: i % 4 === 0 ? "sister" : "",
      carer_nominated: i % 8 === 0 ? "yes" : "",
      stage,
      referral_source: i % 2 === 0 ? "gp" : "self",
      referred_on: dateFor(2025, i),
      practitioner: `prac-${i % 20}`,
    }
    if (stage === "active") {
      Object.assign(row, {
        funding_stream: i % 6 === 0 ? "nhs-health" : "council-social-care",
        mechanism: i % 9 === 0 ? "direct-payment" : i % 2 === 0 ? "third-party" : "notional",
        support: "Personal assistant, two afternoons a week",
        spending_category: "personal-assistant",
        cost: i % 2 === 0 ? `£${80 + (i % 40)}.50` : String(9000 + (i % 4000)),
        cost_frequency: "weekly",
        outcome_domain: "social-participation-and-relationships",
        outcome: "I want to get back to the allotment, with someone alongside me at first.",
        plan_start: dateFor(2025, i),
        opening_balance:
          i % 4 === 0 ? "" : `£${(i % 900) + 1},${String(i % 1000).padStart(3, "0")}.25`,
        balance_on: i % 4 === 0 ? "" : "2026-11-30",
        next_review: dateFor(2027, i),
      })
    }
    const spoiler =
      badEvery > 0 && i % badEvery === 0
        ? sampleSpoilers[(i / badEvery) % sampleSpoilers.length]
        : undefined
    if (spoiler !== undefined) {
      Object.assign(row, spoiler.set)
      spoiled.push({ row: i + 1, column: spoiler.column })
    } else if (row.stage === "active" && row.opening_balance !== "") openingBalances++
    lines.push(caseloadCsvColumns.map((column) => quote(row[column] ?? "")).join(","))
  }
  return { csv: `${lines.join("\r\n")}\r\n`, spoiled, openingBalances }
}
