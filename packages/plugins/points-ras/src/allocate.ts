import { type IndicativeBudgetInput, MAX_PENCE, pounds, type Reason } from "@openpb/plugin-sdk"
import type { PointsRasSettings } from "./settings.ts"

interface Item {
  label: string
  points: number | null
  amountPence: number | null
  text: string
}

const round = (s: PointsRasSettings, pence: number) =>
  (s.rounding === "up" ? Math.ceil(pence / s.roundToPence) : Math.round(pence / s.roundToPence)) *
  s.roundToPence

/**
 * A points-based resource allocation system (In Control lineage; the Supreme Court in
 * R (KM) v Cambridgeshire CC [2012] UKSC 23 held such a figure lawful as a starting point,
 * provided the final amount follows the assessed needs and reasons are given): points from
 * the assessment and the questionnaire, at a price per point, between a floor and a cap.
 */
export const indicativeBudget = (s: PointsRasSettings) => (input: IndicativeBudgetInput) => {
  const items: Array<Item> = []
  const seen = new Set<string>()
  for (const finding of input.assessment.outcomes) {
    const senses = new Set(finding.unableSenses).size
    if (senses === 0 || seen.has(finding.outcome) || s.outcomesNotScored.includes(finding.outcome))
      continue
    seen.add(finding.outcome)
    const points = s.pointsPerUnableOutcome + s.pointsPerFurtherSense * (senses - 1)
    items.push({
      label: finding.outcome,
      points,
      amountPence: points * s.pricePerPointPence,
      text: `${points} points: unable to achieve "${finding.outcome}" in ${senses} ${senses === 1 ? "way" : "ways"}.`,
    })
  }
  for (const question of s.questions) {
    const given = input.answers[question.id]
    const answer = question.answers.find((a) => a.value === given)
    items.push({
      label: question.label,
      points: answer?.points ?? 0,
      amountPence: (answer?.points ?? 0) * s.pricePerPointPence,
      text:
        answer === undefined
          ? `No points for "${question.label}": it was not answered.`
          : `${answer.points} points for "${question.label}": ${answer.label}.`,
    })
  }
  const points = items.reduce((total, item) => total + (item.points ?? 0), 0)
  const raw = Math.min(MAX_PENCE, points * s.pricePerPointPence)
  const bounded = Math.min(s.capPence, Math.max(s.floorPence, raw))
  const amount = Math.min(MAX_PENCE, Math.max(0, round(s, bounded)))
  const nhs = input.healthEligible ? Math.round((amount * s.healthSharePercent) / 100) : 0
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "ras/points",
      met: null,
      text: `${points} points on the ${s.tableName} at ${pounds(s.pricePerPointPence)} a point make ${pounds(raw)} a year.`,
    },
    {
      criterion: "ras/floor-cap-rounding",
      met: null,
      text: `The amount is kept between ${pounds(s.floorPence)} and ${pounds(s.capPence)} and rounded to ${pounds(s.roundToPence)}: ${pounds(amount)} a year.`,
    },
    {
      criterion: "ras/starting-point",
      met: null,
      text: "This is a starting point for planning, not a limit: the plan says what meeting the needs really costs, and a higher cost can be agreed with reasons.",
    },
  ]
  if (nhs > 0)
    reasons.push({
      criterion: "ras/integrated-nhs-share",
      met: null,
      text: `Health needs give a right to a personal health budget, so the NHS funds ${s.healthSharePercent}% of it: ${pounds(nhs)} a year (an integrated budget).`,
    })
  items.push({
    label: "floor, cap and rounding",
    points: null,
    amountPence: amount,
    text: `From ${pounds(raw)} to ${pounds(amount)} after the floor, the cap and rounding.`,
  })
  return {
    annualAmountPence: amount,
    fundingStreams: [
      { stream: "council-social-care" as const, amountPence: amount - nhs },
      ...(nhs > 0 ? [{ stream: "nhs-health" as const, amountPence: nhs }] : []),
    ],
    items,
    capPence: s.capPence,
    reasons,
  }
}
