import { annualLineCostPence, approvedLinesOf } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { type Journey, type PlanLine, pounds } from "./mapping.ts"

/**
 * Who pays for a plan line, as PRSB's and MODS's "Care funding source" carry it. Neither
 * standard publishes a value set for it (PRSB: coded value or free text; MODS: a lookup
 * "reference to the funding source and any conditions or limitations"), so these are OpenPB's
 * codes, each with its words and its legal basis in the free text.
 */
export const CareFundingSource = Schema.Literals([
  "local-authority",
  "nhs-continuing-healthcare",
  "nhs-personal-health-budget",
  "section-117-aftercare",
  "person-contribution",
  "person-top-up",
])
export type CareFundingSource = typeof CareFundingSource.Type

export const careFundingSourceWords: Record<CareFundingSource, string> = {
  "local-authority": "Council (Care Act 2014 personal budget)",
  "nhs-continuing-healthcare": "NHS continuing healthcare (personal health budget)",
  "nhs-personal-health-budget": "NHS (personal health budget)",
  "section-117-aftercare":
    "Section 117 aftercare (Mental Health Act 1983), owed jointly by the council and the NHS; free",
  "person-contribution": "The person's assessed contribution (Care Act 2014 s14 and s17)",
  "person-top-up": "The person's own top-up for a dearer option, outside the budget",
}

const isContinuingHealthcare = (journey: Journey) =>
  journey.assessment?.healthGrounds.includes("continuing-healthcare") === true

/**
 * A line's funding sources, the paying body first. Section 117 aftercare is never charged for,
 * and NHS care is free at the point of use, so the person's contribution is a source only of a
 * council line that is not aftercare, and only once an approval assessed one (core's
 * `fundingSplit` takes the contribution from those lines alone).
 */
export const lineFundingSources = (
  journey: Journey,
  line: PlanLine,
): ReadonlyArray<CareFundingSource> => {
  const payer: CareFundingSource =
    line.section117Aftercare === true
      ? "section-117-aftercare"
      : line.fundingStream === "nhs-health"
        ? isContinuingHealthcare(journey)
          ? "nhs-continuing-healthcare"
          : "nhs-personal-health-budget"
        : "local-authority"
  const contribution =
    payer === "local-authority" && (journey.approved?.personContributionPence ?? 0) > 0
  const topUp = (line.personTopUpPence ?? 0) > 0
  return [
    payer,
    ...(contribution ? (["person-contribution"] as const) : []),
    ...(topUp ? (["person-top-up"] as const) : []),
  ]
}

/** A line's funding in words: its sources, what the budget pays a year and any top-up. */
export const lineFundingText = (journey: Journey, line: PlanLine): string => {
  const sources = lineFundingSources(journey, line).map((s) => careFundingSourceWords[s])
  const topUp =
    line.personTopUpPence === undefined
      ? ""
      : `; the person tops it up by £${pounds(line.personTopUpPence)} a ${line.frequency === "one-off" ? "payment" : "period"}`
  return `${sources.join("; ")}: the budget pays £${pounds(annualLineCostPence(line))} a year${topUp}`
}

/**
 * The plan's funding sources: every source of the lines in force (of the plan's lines before an
 * approval), in the order of the code list.
 */
export const planFundingSources = (
  journey: Journey,
  lines: ReadonlyArray<PlanLine>,
): ReadonlyArray<CareFundingSource> => {
  const used = new Set(lines.flatMap((line) => lineFundingSources(journey, line)))
  return CareFundingSource.literals.filter((s) => used.has(s))
}

/** The approved budget's shares in words; before an approval, the plan's yearly cost. */
export const planFundingText = (journey: Journey, planAnnualCostPence: number): string => {
  const approved = journey.approved
  if (approved === null)
    return `Not yet approved: the plan costs £${pounds(planAnnualCostPence)} a year`
  const parts = [
    `cost of meeting needs £${pounds(approved.costOfMeetingNeedsPence)} a year`,
    `council £${pounds(approved.councilSharePence)}`,
    `NHS £${pounds(approved.nhsSharePence)}`,
    `person's contribution £${pounds(approved.personContributionPence)}`,
  ]
  const aftercare = approvedLinesOf(journey).filter((l) => l.section117Aftercare === true)
  return `${parts.join("; ")}${aftercare.length > 0 ? `; section 117 aftercare (free): ${aftercare.map((l) => l.description).join(", ")}` : ""}`
}
