import { type AdultAssessment, addMonths, type Reason } from "@openpb/plugin-sdk"
import type { EnglandCareActSettings } from "./settings.ts"

const criterion = "care-act/eligibility/reg-2/4/period"

/**
 * Eligibility Criteria Regulations 2015 reg 2(4): where needs fluctuate, the council takes into
 * account the adult's circumstances over the period it considers necessary to establish the level
 * of need. When the assessment records fluctuation, its period must reach back the council's
 * history (`fluctuatingNeedsHistoryMonths`, 12 by default) from its last day, and every episode
 * recorded must fall within it. A period of one day cannot show fluctuating needs.
 */
export const assessmentPeriod = (s: EnglandCareActSettings) => (assessment: AdultAssessment) => {
  const { from, to } = assessment.period
  const fluctuation = assessment.fluctuation
  if (fluctuation === undefined)
    return {
      sufficient: true,
      reasons: [
        {
          criterion,
          met: true,
          text: `Needs were assessed over ${from} to ${to}; they are not recorded as fluctuating.`,
        },
      ] as [Reason],
    }
  const earliest = addMonths(to, -s.fluctuatingNeedsHistoryMonths)
  const problems: Array<string> = []
  if (from === to)
    problems.push(
      `an assessment on one day (${from}) cannot show needs that fluctuate: look back over the person's history`,
    )
  else if (from > earliest)
    problems.push(
      `the needs fluctuate, so the assessment must look back at least ${s.fluctuatingNeedsHistoryMonths} months, to ${earliest}; it starts on ${from}`,
    )
  for (const episode of fluctuation.episodes)
    if (episode.from < from || episode.to > to)
      problems.push(
        `the episode from ${episode.from} to ${episode.to} falls outside the assessment period ${from} to ${to}`,
      )
  return {
    sufficient: problems.length === 0,
    reasons: [
      problems.length === 0
        ? {
            criterion,
            met: true,
            text: `Needs fluctuate, and the assessment looks back over ${from} to ${to}, at least the ${s.fluctuatingNeedsHistoryMonths} months this council requires (Eligibility Criteria Regulations 2015, reg 2(4)).`,
          }
        : {
            criterion,
            met: false,
            text: `The assessment period does not show fluctuating needs fairly: ${problems.join("; ")} (Eligibility Criteria Regulations 2015, reg 2(4)).`,
          },
    ] as [Reason],
  }
}

/** The reason that cites the episodes the eligibility decision weighed. */
export const fluctuationReason = (assessment: AdultAssessment): Reason | undefined => {
  const fluctuation = assessment.fluctuation
  if (fluctuation === undefined) return undefined
  const episodes = fluctuation.episodes
  return {
    criterion: "care-act/eligibility/reg-2/4/episodes",
    met: null,
    text: `Needs fluctuate (${fluctuation.pattern}). Over ${assessment.period.from} to ${assessment.period.to} the assessment weighed ${episodes.length} ${episodes.length === 1 ? "episode" : "episodes"}${episodes.length === 0 ? "" : `: ${episodes.map((e) => `${e.from} to ${e.to}, ${e.description}`).join("; ")}`}, not only how things were on the day (reg 2(4)).`,
  }
}
