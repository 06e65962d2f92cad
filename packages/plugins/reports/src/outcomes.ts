import { defineExporter, type JourneyFacts, OutcomeDomain } from "@openpb/plugin-sdk"
import { aggregateReport, type ReportParameters } from "./parameters.ts"
import { attainmentBand, reviewsInView } from "./reviews.ts"
import { aggregate, grid, journeyFacts, statistic, suppressed, TOTAL } from "./tables.ts"

export const DOMAINS = OutcomeDomain.literals

/** A sum of changes, over how many values and how many people. */
interface Change {
  sum: number
  values: number
  people: number
}

const change = (): Change => ({ sum: 0, values: 0, people: 0 })

interface State {
  readonly goals: Array<Array<number>>
  readonly attainment: Array<Change>
  readonly wellbeing: Array<Change>
}

const step = (period: ReportParameters["period"]) => (state: State, journey: JourneyFacts) => {
  const reviews = reviewsInView(journey, period)
  const first = reviews[0]
  const latest = reviews.at(-1)
  if (first === undefined || latest === undefined) return
  const twice = reviews.length >= 2
  const domains = new Set<number>()
  const changed = new Set<number>()
  let attainmentChanged = false
  for (const goal of latest.progress) {
    if (goal.domain === null) continue
    const d = DOMAINS.indexOf(goal.domain)
    domains.add(d)
    state.goals[d]![attainmentBand(goal.attainment)]! += 1
    const before = twice ? first.progress.find((p) => p.outcomeId === goal.outcomeId) : undefined
    if (before === undefined) continue
    for (const c of [state.attainment[d]!, state.attainment[DOMAINS.length]!]) {
      c.sum += goal.attainment - before.attainment
      c.values += 1
    }
    changed.add(d)
    attainmentChanged = true
  }
  for (const d of changed) state.attainment[d]!.people += 1
  if (attainmentChanged) state.attainment[DOMAINS.length]!.people += 1
  if (twice && first.wellbeing !== null && latest.wellbeing !== null) {
    for (const d of [...domains, DOMAINS.length]) {
      state.wellbeing[d]!.sum += latest.wellbeing - first.wellbeing
      state.wellbeing[d]!.values += 1
      state.wellbeing[d]!.people += 1
    }
  }
}

/** Over goals for attainment, over people for wellbeing; shown only over five people or more. */
const mean = (c: Change) => statistic(c.values === 0 ? null : c.sum / c.values, c.people)

/**
 * Outcomes by domain: how the goals in people's plans stood at their latest review in the
 * period, and how goal attainment and wellbeing moved from their first review to it.
 */
export const outcomesByDomain = defineExporter<ReportParameters>({
  id: "outcomes-by-domain",
  version: "1.0.0",
  description:
    "Goals achieved, partly achieved and not achieved by outcome domain at the latest review in the period, with the mean change in goal attainment and in wellbeing since the first review; small numbers suppressed",
  ...aggregateReport,
  columns: [
    { key: "domain", header: "Outcome domain" },
    { key: "goals_achieved", header: "Goals achieved (attainment 0 or more)" },
    { key: "goals_partly_achieved", header: "Goals partly achieved (attainment -1)" },
    { key: "goals_not_achieved", header: "Goals not achieved (attainment -2)" },
    { key: "goals_reviewed", header: "Goals reviewed" },
    { key: "mean_attainment_change", header: "Mean change in goal attainment" },
    { key: "mean_wellbeing_change", header: "Mean change in wellbeing score" },
  ],
  rows: ({ period, asAt }, { councilId }) =>
    aggregate(
      journeyFacts(councilId, asAt),
      (): State => ({
        goals: grid(DOMAINS.length, 3),
        attainment: Array.from({ length: DOMAINS.length + 1 }, change),
        wellbeing: Array.from({ length: DOMAINS.length + 1 }, change),
      }),
      step(period),
      (state) => {
        const [goals] = suppressed(state.goals)
        return goals!.map((row, d) => {
          const attainment = state.attainment[d]!
          const wellbeing = state.wellbeing[d]!
          return {
            domain: DOMAINS[d] ?? TOTAL,
            goals_achieved: row[0]!,
            goals_partly_achieved: row[1]!,
            goals_not_achieved: row[2]!,
            goals_reviewed: row[3]!,
            mean_attainment_change: mean(attainment),
            mean_wellbeing_change: mean(wellbeing),
          }
        })
      },
    ),
})
