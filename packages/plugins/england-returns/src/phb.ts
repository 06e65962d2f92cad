import {
  AsAt,
  defineExporter,
  type ExportRow,
  type ReturnsJourneyRecord,
  type ReturnsPlanLine,
  section117Grounds,
} from "@openpb/plugin-sdk"
import { Effect, Schema, Stream } from "effect"
import { financialYearStart, Quarter } from "./dates.ts"
import { journeysOpenedBy } from "./journeys.ts"
import { publishCounts } from "./tables.ts"

export const PhbParameters = Schema.Struct({ quarter: Quarter, asAt: AsAt })
export type PhbParameters = typeof PhbParameters.Type

/** The collection's categories (3.4); a budget with none of the rights is "other: mental health". */
export const PHB_CATEGORIES = [
  "continuing-healthcare",
  "childrens-continuing-care",
  "section-117-aftercare",
  "wheelchair",
  "other-mental-health",
] as const
export type PhbCategory = (typeof PHB_CATEGORIES)[number]

/** By type, in the order the publication gives them (3.4). */
export const PHB_TYPES = ["notional", "third-party", "direct-payment"] as const
export type PhbType = (typeof PHB_TYPES)[number]

export const PHB_MEASURES = ["new-in-quarter", "live-at-quarter-end", "year-to-date"] as const

/**
 * The category a budget is counted under, once: the first right that applies in the order of
 * `PHB_CATEGORIES` (continuing healthcare is reported on its own line nationally, so it wins).
 */
export const phbCategory = (j: ReturnsJourneyRecord): PhbCategory => {
  const grounds = new Set(j.assessment?.healthGrounds ?? [])
  if (section117Grounds(j.assessment?.detentions ?? []).length > 0)
    grounds.add("section-117-aftercare")
  return PHB_CATEGORIES.find((c) => grounds.has(c)) ?? "other-mental-health"
}

const periodsPerYear: Record<ReturnsPlanLine["frequency"], number> = {
  weekly: 52,
  "four-weekly": 13,
  monthly: 12,
  "one-off": 1,
}

/**
 * A budget held in more than one way is counted once, under the type holding most of its NHS
 * money a year (a policy choice, not from the guidance: 3.4); a tie goes to the earlier type.
 */
export const phbType = (lines: ReadonlyArray<ReturnsPlanLine>): PhbType => {
  const money = PHB_TYPES.map((type) =>
    lines
      .filter((l) => l.deliveryMechanism === type)
      .reduce(
        (sum, l) => sum + l.unitCostPence * l.unitsPerPeriod * periodsPerYear[l.frequency],
        0,
      ),
  )
  return PHB_TYPES[money.indexOf(Math.max(...money))]!
}

interface PhbBudget {
  readonly personId: string
  readonly category: PhbCategory
  readonly type: PhbType
  readonly from: string
  readonly until: string | null
}

/** A journey's personal health budget: an approved plan with NHS-funded lines. */
const phbOf = (j: ReturnsJourneyRecord): PhbBudget | undefined => {
  const lines = j.approvedLines.filter((l) => l.fundingStream === "nhs-health")
  if (j.approvedOn === null || lines.length === 0) return undefined
  return {
    personId: j.person.id,
    category: phbCategory(j),
    type: phbType(lines),
    from: j.approvedOn,
    until: j.ending?.on ?? null,
  }
}

/** Whether a budget counts in a measure; a person is counted once per measure, by their latest budget. */
export const inMeasure = (
  measure: (typeof PHB_MEASURES)[number],
  b: { readonly from: string; readonly until: string | null },
  quarter: PhbParameters["quarter"],
): boolean => {
  if (measure === "new-in-quarter") return b.from >= quarter.from && b.from <= quarter.to
  if (measure === "live-at-quarter-end")
    return b.from <= quarter.to && (b.until === null || b.until > quarter.to)
  return b.from <= quarter.to && (b.until === null || b.until >= financialYearStart(quarter.to))
}

/**
 * The NHS personal health budget quarterly collection (3.4): people with a personal health
 * budget by right-to-have category and by type, new in the quarter, live at its end and in the
 * financial year to date. Aggregate, each table suppressed on its own.
 */
export const phbExporter = () =>
  defineExporter<PhbParameters>({
    id: "england-phb-quarterly",
    version: "0.1.0",
    description:
      "NHS personal health budgets by right-to-have category and type: new in the quarter, live at its end, year to date",
    parameters: PhbParameters,
    roles: ["commissioner", "finance", "council-admin", "auditor", "system"],
    personLevel: false,
    // A table for people to read: no JSON Lines.
    formats: ["csv", "xlsx"],
    columns: [
      { key: "measure", header: "Measure" },
      { key: "category", header: "Category" },
      { key: "notional", header: "Notional" },
      { key: "third_party", header: "Third party" },
      { key: "direct_payment", header: "Direct payment" },
      { key: "total", header: "Total" },
    ],
    rows: ({ quarter, asAt }, { councilId }) =>
      Stream.unwrap(
        journeysOpenedBy(councilId, quarter.to, asAt).pipe(
          Stream.map(phbOf),
          Stream.filter((b): b is PhbBudget => b !== undefined),
          Stream.runCollect,
          Effect.map((budgets) =>
            Stream.fromIterable(
              PHB_MEASURES.flatMap((measure): ReadonlyArray<ExportRow> => {
                const latest = new Map<string, PhbBudget>()
                for (const b of budgets) {
                  if (!inMeasure(measure, b, quarter)) continue
                  const before = latest.get(b.personId)
                  if (before === undefined || b.from > before.from) latest.set(b.personId, b)
                }
                const counted = [...latest.values()]
                const grid = PHB_CATEGORIES.map((c) =>
                  PHB_TYPES.map(
                    (t) => counted.filter((b) => b.category === c && b.type === t).length,
                  ),
                )
                return publishCounts(grid).map((row, i) => ({
                  measure,
                  category: PHB_CATEGORIES[i] ?? "total",
                  notional: row[0]!,
                  third_party: row[1]!,
                  direct_payment: row[2]!,
                  total: row[3]!,
                }))
              }),
            ),
          ),
        ),
      ),
  })
