import type { JourneyFacts } from "@openpb/plugin-sdk"
import type { ReportParameters } from "./parameters.ts"

/**
 * Goal Attainment Scaling: 0 is the outcome expected, +1 and +2 more than expected, -1 less
 * than expected (partly achieved) and -2 much less (not achieved).
 */
export const attainmentBand = (attainment: number): 0 | 1 | 2 =>
  attainment >= 0 ? 0 : attainment === -1 ? 1 : 2

/** The reviews a report over the period sees: those completed by its end, if the latest is in it. */
export const reviewsInView = (journey: JourneyFacts, period: ReportParameters["period"]) => {
  const reviews = journey.reviews.filter((r) => r.completedOn <= period.to)
  const latest = reviews.at(-1)
  return latest === undefined || latest.completedOn < period.from ? [] : reviews
}
