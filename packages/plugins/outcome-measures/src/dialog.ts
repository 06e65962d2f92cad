import type { MeasureAnswers, Reason } from "@openpb/plugin-sdk"

export const DIALOG = "dialog"

/** DIALOG's eight life domains (Priebe et al.), each rated 1 (couldn't be worse) to 7. */
export const lifeDomains = [
  "mental-health",
  "physical-health",
  "job-situation",
  "accommodation",
  "leisure-activities",
  "friendships",
  "partner-family",
  "personal-safety",
] as const

/** DIALOG's three treatment aspects, rated the same way. */
export const treatmentAspects = [
  "medication",
  "practical-help",
  "meetings-with-professionals",
] as const

const items: ReadonlyArray<string> = [...lifeDomains, ...treatmentAspects]

const mean = (values: ReadonlyArray<number>): number =>
  Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100

/**
 * DIALOG: eleven items on a 1-7 scale with a "do you want more help?" answer each. The mean of
 * the eight life domains is subjective quality of life, the mean of the three treatment aspects
 * treatment satisfaction; 4 is neutral. Every item is answered once.
 */
export const scoreDialog = (answers: MeasureAnswers) => {
  const problems: Array<string> = []
  const seen = new Map<string, number>()
  for (const answer of answers.items) {
    if (!items.includes(answer.item)) problems.push(`${answer.item} is not a DIALOG item`)
    else if (seen.has(answer.item)) problems.push(`${answer.item} is answered twice`)
    if (!Number.isInteger(answer.value) || answer.value < 1 || answer.value > 7)
      problems.push(`${answer.item} is rated ${answer.value}: DIALOG ratings run from 1 to 7`)
    seen.set(answer.item, answer.value)
  }
  for (const item of items) if (!seen.has(item)) problems.push(`${item} is not answered`)
  const wantsHelpWith = answers.items.filter((a) => a.wantsHelp === true).map((a) => a.item)
  if (problems.length > 0)
    return {
      instrument: DIALOG,
      figures: [],
      wantsHelpWith: [],
      problems,
      reasons: [
        {
          criterion: "outcome-measure/dialog",
          met: null,
          text: `The DIALOG answers are not complete: ${problems.join("; ")}.`,
        },
      ] as [Reason],
    }
  const quality = mean(lifeDomains.map((d) => seen.get(d) as number))
  const satisfaction = mean(treatmentAspects.map((d) => seen.get(d) as number))
  return {
    instrument: DIALOG,
    figures: [
      { name: "subjective-quality-of-life", value: quality },
      { name: "treatment-satisfaction", value: satisfaction },
    ],
    wantsHelpWith,
    problems: [],
    reasons: [
      {
        criterion: "outcome-measure/dialog",
        met: null,
        text: `DIALOG: quality of life ${quality.toFixed(2)} and treatment satisfaction ${satisfaction.toFixed(2)} (1 to 7, 4 neutral).${wantsHelpWith.length > 0 ? ` More help wanted with: ${wantsHelpWith.join(", ")}.` : " No more help asked for."}`,
      },
    ] as [Reason],
  }
}
