import {
  defineExporter,
  type ExportRow,
  keysetStream,
  AsAt,
  Period,
  type ReturnsJourneyRecord,
  type ReturnsReview,
  ReturnsSource,
} from "@openpb/plugin-sdk"
import { Redacted, Schema, Stream } from "effect"
import { makePseudonymiser } from "./pseudonym.ts"
import type { ResearchExtractSettings } from "./settings.ts"

export const ResearchExtractParameters = Schema.Struct({
  /** Reviews completed in this period. */
  period: Period,
  /** Produced from what had been recorded by the end of this day. */
  asAt: AsAt,
})
export type ResearchExtractParameters = typeof ResearchExtractParameters.Type

export const RESEARCH_PAGE_SIZE = 1_000

/** Dates are coarsened to months, so no row carries a day that could single a person out. */
export const month = (date: string | null): string | null =>
  date === null ? null : date.slice(0, 7)

/** Ten-year age bands from 18 (the platform serves adults); 75+ is one band. */
export const ageBand = (dateOfBirth: string | null, on: string): string | null => {
  if (dateOfBirth === null) return null
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number]
  const [y, m, d] = on.split("-").map(Number) as [number, number, number]
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
  if (age < 18) return "under-18"
  if (age >= 75) return "75+"
  if (age < 25) return "18-24"
  const low = Math.floor((age - 5) / 10) * 10 + 5
  return `${low}-${low + 9}`
}

const mechanismMix = (j: ReturnsJourneyRecord): string | null => {
  const kinds = [...new Set(j.approvedLines.map((l) => l.deliveryMechanism))].sort()
  return kinds.length === 0 ? null : kinds.join("+")
}

const fundingMix = (j: ReturnsJourneyRecord): string | null => {
  const kinds = [...new Set(j.approvedLines.map((l) => l.fundingStream))].sort()
  return kinds.length === 0 ? null : kinds.join("+")
}

const mean = (values: ReadonlyArray<number>) =>
  values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100

export const researchColumns = [
  { key: "person_pseudonym", header: "Person pseudonym" },
  { key: "journey_pseudonym", header: "Journey pseudonym" },
  { key: "review_sequence", header: "Review number in the journey" },
  { key: "review_month", header: "Review month" },
  { key: "journey_opened_month", header: "Journey opened month" },
  { key: "budget_started_month", header: "Budget started month" },
  { key: "months_since_budget_start", header: "Months since the budget started" },
  { key: "age_band", header: "Age band at the review" },
  { key: "sex", header: "Sex (if consented)" },
  { key: "ethnicity", header: "Ethnic category (if consented)" },
  { key: "referral_source", header: "Referral source" },
  { key: "delivery_mechanisms", header: "Delivery mechanisms" },
  { key: "funding_streams", header: "Funding streams" },
  { key: "nhs_right_to_have", header: "NHS right to have a PHB" },
  { key: "review_trigger", header: "Review trigger" },
  { key: "review_outcome", header: "Review outcome" },
  { key: "goals_rated", header: "Goals rated" },
  { key: "goal_attainment_mean", header: "Goal attainment, mean (-2 to +2)" },
  { key: "goal_attainment_min", header: "Goal attainment, lowest" },
  { key: "goal_attainment_max", header: "Goal attainment, highest" },
  { key: "wellbeing_instrument", header: "Wellbeing instrument" },
  { key: "wellbeing_score", header: "Wellbeing score" },
  { key: "journey_ended_month", header: "Journey ended month" },
  { key: "ending_reason", header: "Ending reason" },
] as const

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7))

/**
 * One row per person per completed review in the period, for research: pseudonymised with the
 * council's key, consenting people only, dates as months, and nothing that names or locates
 * anyone (no name, NHS number, date of birth, address, free text or internal id).
 */
export const researchExtractor = (settings: ResearchExtractSettings) => {
  const pseudonym = makePseudonymiser(Redacted.value(settings.pseudonymisationKey))
  const rowsOf = (
    j: ReturnsJourneyRecord,
    period: ResearchExtractParameters["period"],
  ): ReadonlyArray<ExportRow> => {
    // The store already filters; checked again here because leaking one person is the failure
    // this extract exists to prevent.
    if (!j.person.researchConsent) return []
    const completed = j.reviews
      .filter((r): r is ReturnsReview & { completedOn: string } => r.completedOn !== null)
      .filter((r) => r.status === "completed")
      .sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0))
    return completed.flatMap((r, index) => {
      if (r.completedOn < period.from || r.completedOn > period.to) return []
      const scores = r.attainments.map((a) => a.attainment)
      return [
        {
          person_pseudonym: pseudonym("person", j.person.id),
          journey_pseudonym: pseudonym("journey", j.id),
          review_sequence: index + 1,
          review_month: month(r.completedOn),
          journey_opened_month: month(j.openedOn),
          budget_started_month: month(j.approvedOn),
          months_since_budget_start:
            j.approvedOn === null ? null : monthsBetween(j.approvedOn, r.completedOn),
          age_band: ageBand(j.person.dateOfBirth, r.completedOn),
          sex: j.person.sex,
          ethnicity: j.person.ethnicity,
          referral_source: j.referralSource,
          delivery_mechanisms: mechanismMix(j),
          funding_streams: fundingMix(j),
          nhs_right_to_have: j.healthEligible,
          review_trigger: r.trigger,
          review_outcome: r.outcome,
          goals_rated: scores.length,
          goal_attainment_mean: mean(scores),
          goal_attainment_min: scores.length === 0 ? null : Math.min(...scores),
          goal_attainment_max: scores.length === 0 ? null : Math.max(...scores),
          wellbeing_instrument: r.wellbeing?.instrument ?? null,
          wellbeing_score: r.wellbeing?.scored ?? null,
          journey_ended_month: month(j.ending?.on ?? null),
          ending_reason: j.ending?.reason ?? null,
        },
      ]
    })
  }
  return defineExporter<ResearchExtractParameters>({
    id: "research-extract",
    version: "0.1.0",
    description:
      "Pseudonymised longitudinal research extract: one row per consenting person per review, dates as months",
    parameters: ResearchExtractParameters,
    // The council's administrators release data to researchers under a data sharing agreement;
    // no role sees it by default that would not already see the people themselves.
    roles: ["council-admin"],
    personLevel: true,
    formats: ["csv", "xlsx", "jsonl"],
    columns: researchColumns,
    rows: ({ period, asAt }, { councilId }) =>
      Stream.unwrap(
        ReturnsSource.useSync((source) =>
          keysetStream(
            RESEARCH_PAGE_SIZE,
            (afterId, limit) =>
              source.journeys({
                councilId,
                afterId,
                limit,
                openedOnOrBefore: period.to,
                researchConsentOnly: true,
                asAt,
              }),
            (j) => j.id,
          ),
        ),
      ).pipe(Stream.flatMap((j) => Stream.fromIterable(rowsOf(j, period)))),
  })
}
