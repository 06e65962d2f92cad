import { Result, Schema } from "effect"
import { invalidInputFromIssue } from "../model/Input.ts"
import { directoryVocabularies, OrukService } from "./OrukFeed.ts"
import { readCsv } from "./csv.ts"

/*
 * A directory as one CSV file, one service a row, with the fields of the Open Referral UK feed
 * that OpenPB reads, flattened: one location and one cost per service, and the lists (languages,
 * areas, categories, cultural fit, keywords) separated by semicolons. Each row becomes the
 * feed's service and is checked by the same rules, so a CSV and a JSON feed of the same services
 * import to the same entries.
 */

/** The columns a directory CSV may have, in the order a template lists them; `id` and `name` are required. */
export const directoryCsvColumns = [
  "id",
  "name",
  "description",
  "url",
  "email",
  "fees",
  "organisation_id",
  "organisation_name",
  "organisation_url",
  "eligibility",
  "minimum_age",
  "maximum_age",
  "languages",
  "service_areas",
  "location_name",
  "address_1",
  "city",
  "postal_code",
  "cost_amount",
  "cost_option",
  "cost_description",
  "kind",
  "categories",
  "cultural_fit",
  "keywords",
] as const
export type DirectoryCsvColumn = (typeof directoryCsvColumns)[number]

const known = new Set<string>(directoryCsvColumns)

/** A file that cannot be read as a directory at all: where, and why. */
export interface DirectoryCsvProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** A row as the feed's service, or the reasons it cannot be one. */
export type DirectoryCsvRow =
  | { readonly service: OrukService }
  | { readonly serviceId: string; readonly reasons: ReadonlyArray<string> }

const list = (text: string) =>
  text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "")

const decodeService = Schema.decodeUnknownResult(OrukService)
const wholeNumber = /^\d{1,3}$/
const amount = /^\d{1,8}(\.\d{1,2})?$/

const rowToService = (
  cell: (column: DirectoryCsvColumn) => string,
  rowNumber: number,
): DirectoryCsvRow => {
  const id = cell("id").trim()
  const reasons: Array<string> = []
  if (id === "")
    return { serviceId: `row ${rowNumber}`, reasons: ["id: a service must have an id"] }
  const ageOf = (column: "minimum_age" | "maximum_age") => {
    const text = cell(column).trim()
    if (text === "") return undefined
    if (!wholeNumber.test(text)) reasons.push(`${column}: ${text} is not an age in whole years`)
    return Number(text)
  }
  const minimumAge = ageOf("minimum_age")
  const maximumAge = ageOf("maximum_age")
  const costText = cell("cost_amount").trim().replace(/^£/, "")
  if (costText !== "" && !amount.test(costText))
    reasons.push(`cost_amount: ${cell("cost_amount")} is not an amount in pounds and pence`)
  if (reasons.length > 0) return { serviceId: id, reasons }
  const optional = (column: DirectoryCsvColumn) => {
    const text = cell(column).trim()
    return text === "" ? undefined : text
  }
  const taxonomy = (vocabulary: string, names: ReadonlyArray<string>) =>
    names.map((name) => ({ taxonomy: { name, vocabulary } }))
  const postcode = optional("postal_code")
  const address1 = optional("address_1")
  const city = optional("city")
  const locationName = optional("location_name")
  const hasLocation = [postcode, address1, city, locationName].some((v) => v !== undefined)
  const eligibility = optional("eligibility")
  const service = {
    id,
    ...(optional("name") === undefined ? {} : { name: optional("name") }),
    ...(optional("description") === undefined ? {} : { description: optional("description") }),
    ...(optional("url") === undefined ? {} : { url: optional("url") }),
    ...(optional("email") === undefined ? {} : { email: optional("email") }),
    ...(optional("fees") === undefined ? {} : { fees: optional("fees") }),
    organization: {
      ...(optional("organisation_id") === undefined ? {} : { id: optional("organisation_id") }),
      ...(optional("organisation_name") === undefined
        ? {}
        : { name: optional("organisation_name") }),
      ...(optional("organisation_url") === undefined ? {} : { url: optional("organisation_url") }),
    },
    ...(eligibility === undefined && minimumAge === undefined && maximumAge === undefined
      ? {}
      : {
          eligibilitys: [
            {
              ...(eligibility === undefined ? {} : { eligibility }),
              ...(minimumAge === undefined ? {} : { minimum_age: minimumAge }),
              ...(maximumAge === undefined ? {} : { maximum_age: maximumAge }),
            },
          ],
        }),
    languages: list(cell("languages")).map((language) => ({ language })),
    service_areas: list(cell("service_areas")).map((service_area) => ({ service_area })),
    ...(hasLocation
      ? {
          service_at_locations: [
            {
              location: {
                ...(locationName === undefined ? {} : { name: locationName }),
                physical_addresses: [
                  {
                    ...(address1 === undefined ? {} : { address_1: address1 }),
                    ...(city === undefined ? {} : { city }),
                    ...(postcode === undefined ? {} : { postal_code: postcode }),
                  },
                ],
              },
            },
          ],
        }
      : {}),
    ...(costText === ""
      ? {}
      : {
          cost_options: [
            {
              amount: Number(costText),
              ...(optional("cost_option") === undefined ? {} : { option: optional("cost_option") }),
              ...(optional("cost_description") === undefined
                ? {}
                : { amount_description: optional("cost_description") }),
            },
          ],
        }),
    service_taxonomys: [
      ...taxonomy(directoryVocabularies.kind, list(cell("kind"))),
      ...taxonomy(directoryVocabularies.category, list(cell("categories"))),
      ...taxonomy(directoryVocabularies.culturalFit, list(cell("cultural_fit"))),
      ...taxonomy("keyword", list(cell("keywords"))),
    ],
  }
  // Held to the feed's own schema, so a CSV field gets the same bounds as a JSON one.
  const decoded = decodeService(service)
  if (Result.isFailure(decoded)) {
    const [issue] = invalidInputFromIssue(decoded.failure.issue).issues
    return {
      serviceId: id,
      reasons: [`${issue?.path.join(".") ?? ""}: ${issue?.message ?? "cannot be read"}`],
    }
  }
  return { service: decoded.success }
}

/**
 * The rows of a directory CSV as the feed's services (or each row's reasons), or what makes the
 * file unreadable as a whole: broken quoting, no header, an unknown or repeated column, no `id`
 * or `name` column.
 */
export const servicesFromCsv = (
  text: string,
): { readonly rows: ReadonlyArray<DirectoryCsvRow> } | DirectoryCsvProblem => {
  const parsed = readCsv(text)
  if ("problem" in parsed)
    return { path: ["csv"], message: `line ${parsed.line}: ${parsed.problem}` }
  const [header, ...records] = parsed.records
  if (header === undefined) return { path: ["csv"], message: "has no header row" }
  const columns = header.map((name) => name.trim().toLowerCase())
  for (const column of columns) {
    if (!known.has(column))
      return {
        path: ["csv"],
        message: `the header names an unknown column ${JSON.stringify(column).slice(0, 60)} (known: ${directoryCsvColumns.join(", ")})`,
      }
  }
  if (new Set(columns).size !== columns.length)
    return { path: ["csv"], message: "the header names a column twice" }
  for (const required of ["id", "name"] as const)
    if (!columns.includes(required))
      return { path: ["csv"], message: `the header has no ${required} column` }
  const rows = records.map((record, index): DirectoryCsvRow => {
    const rowNumber = index + 2
    if (record.length !== columns.length)
      return {
        serviceId: record[columns.indexOf("id")]?.trim() || `row ${rowNumber}`,
        reasons: [
          `row ${rowNumber}: has ${record.length} fields where the header has ${columns.length}`,
        ],
      }
    return rowToService((column) => {
      const at = columns.indexOf(column)
      return at < 0 ? "" : (record[at] ?? "")
    }, rowNumber)
  })
  return { rows }
}
