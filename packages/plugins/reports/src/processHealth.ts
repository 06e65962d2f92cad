import { defineExporter, type JourneyFacts, SUPPRESSED } from "@openpb/plugin-sdk"
import { Clock, Effect, Stream } from "effect"
import { aggregateReport, type ReportParameters } from "./parameters.ts"
import {
  aggregate,
  daysBetween,
  inPeriod,
  journeyFacts,
  statistic,
  suppressed,
  Tally,
  TOTAL,
} from "./tables.ts"

const londonDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

/** The London calendar date of an instant, as YYYY-MM-DD. */
export const londonDate = (millis: number): string => londonDay.format(millis)

/** The calendar months a period touches, as YYYY-MM. */
export const monthsOf = (period: ReportParameters["period"]): ReadonlyArray<string> => {
  const months: Array<string> = []
  let [year, month] = period.from.slice(0, 7).split("-").map(Number) as [number, number]
  const last = period.to.slice(0, 7)
  for (;;) {
    const label = `${year}-${String(month).padStart(2, "0")}`
    months.push(label)
    if (label >= last) return months
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
}

/** The counts of the report, each one published as its own column of months. */
export const COUNTS = [
  "referrals",
  "decided",
  "activated",
  "reviews_overdue",
  "contingency_used",
  "suspended",
] as const

interface Month {
  readonly counts: Array<number>
  readonly toDecision: Tally
  readonly toActive: Tally
}

const step =
  (period: ReportParameters["period"], months: ReadonlyArray<string>, asOf: string) =>
  (state: ReadonlyArray<Month>, journey: JourneyFacts) => {
    if (!inPeriod(journey.referredOn, period)) return
    const month = state[months.indexOf(journey.referredOn.slice(0, 7))]!
    const add = (count: (typeof COUNTS)[number]) => {
      month.counts[COUNTS.indexOf(count)]! += 1
    }
    add("referrals")
    if (journey.eligibilityDecidedOn !== null) {
      add("decided")
      month.toDecision.add(daysBetween(journey.referredOn, journey.eligibilityDecidedOn))
    }
    if (journey.activatedOn !== null) {
      add("activated")
      month.toActive.add(daysBetween(journey.referredOn, journey.activatedOn))
    }
    if (journey.nextReviewDue !== null && journey.nextReviewDue < asOf) add("reviews_overdue")
    if (journey.contingencies > 0) add("contingency_used")
    if (journey.suspensions > 0) add("suspended")
  }

/**
 * Process health for referrals in the period, by month of referral: how long people wait for
 * a decision and for a budget they can use, reviews overdue at the period's end, and how often
 * contingency and suspension were used.
 */
export const processHealth = defineExporter<ReportParameters>({
  id: "process-health",
  version: "1.0.0",
  description:
    "Referrals in the period by month: median days from referral to eligibility decision and to an active budget, reviews overdue at the end of the period, contingency use and suspensions; small numbers suppressed",
  ...aggregateReport,
  columns: [
    { key: "referral_month", header: "Month of referral" },
    { key: "referrals", header: "Referrals" },
    { key: "decided", header: "Eligibility decided" },
    { key: "median_days_to_decision", header: "Median days from referral to decision" },
    { key: "activated", header: "Budgets activated" },
    { key: "median_days_to_active_budget", header: "Median days from referral to active budget" },
    { key: "reviews_overdue", header: "Reviews overdue (at the end of the period, or today)" },
    { key: "contingency_used", header: "Contingency used" },
    { key: "suspended", header: "Budgets suspended" },
  ],
  rows: ({ period, asAt }, { councilId }) => {
    const months = monthsOf(period)
    return Stream.unwrap(
      Effect.map(Clock.currentTimeMillis, (now) => {
        // A review is overdue once its day has passed: at the period's end, or today if sooner.
        const today = londonDate(now)
        const asOf = [today, period.to].sort()[0]!
        return aggregate(
          journeyFacts(councilId, asAt),
          (): ReadonlyArray<Month> =>
            months.map(() => ({
              counts: COUNTS.map(() => 0),
              toDecision: new Tally(),
              toActive: new Tally(),
            })),
          step(period, months, asOf),
          (state) => {
            // Each count is a table of its own (months by one column): totals add up down it only.
            const columns = COUNTS.map((_, k) =>
              suppressed(state.map((m) => [m.counts[k]!]))[0]!.map((row) => row[0]!),
            )
            const all = { toDecision: new Tally(), toActive: new Tally() }
            for (const m of state) {
              all.toDecision.merge(m.toDecision)
              all.toActive.merge(m.toActive)
            }
            return [...state, all].map((m, i) => {
              const published = (count: (typeof COUNTS)[number]) =>
                columns[COUNTS.indexOf(count)]![i]!
              return {
                referral_month: months[i] ?? TOTAL,
                referrals: published("referrals"),
                decided: published("decided"),
                median_days_to_decision: statistic(
                  m.toDecision.median(),
                  m.toDecision.size,
                  published("decided") !== SUPPRESSED,
                ),
                activated: published("activated"),
                median_days_to_active_budget: statistic(
                  m.toActive.median(),
                  m.toActive.size,
                  published("activated") !== SUPPRESSED,
                ),
                reviews_overdue: published("reviews_overdue"),
                contingency_used: published("contingency_used"),
                suspended: published("suspended"),
              }
            })
          },
        )
      }),
    )
  },
})
