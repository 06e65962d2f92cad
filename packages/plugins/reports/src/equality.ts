import {
  AgeBand,
  ageBandOn,
  defineExporter,
  type ExportRow,
  type JourneyFacts,
  SUPPRESSED,
} from "@openpb/plugin-sdk"
import { aggregateReport, type ReportParameters } from "./parameters.ts"
import { attainmentBand, reviewsInView } from "./reviews.ts"
import {
  aggregate,
  grid,
  inPeriod,
  journeyFacts,
  statistic,
  suppressed,
  Tally,
  TOTAL,
} from "./tables.ts"

/** The NHS Data Dictionary's five broad ethnic groups, then not stated (Z) and not recorded. */
export const ETHNIC_GROUPS = [
  "white",
  "mixed",
  "asian",
  "black",
  "other",
  "not-stated",
  "not-recorded",
] as const

export const ethnicGroupOf = (code: string | null): (typeof ETHNIC_GROUPS)[number] => {
  if (code === null) return "not-recorded"
  if ("ABC".includes(code)) return "white"
  if ("DEFG".includes(code)) return "mixed"
  if ("HJKL".includes(code)) return "asian"
  if ("MNP".includes(code)) return "black"
  if ("RS".includes(code)) return "other"
  return "not-stated"
}

export const SEXES = ["female", "male", "intersex", "not-stated", "not-recorded"] as const

interface Characteristic {
  readonly name: string
  readonly groups: ReadonlyArray<string>
  readonly groupOf: (journey: JourneyFacts) => number
}

export const CHARACTERISTICS: ReadonlyArray<Characteristic> = [
  {
    name: "ethnicity",
    groups: ETHNIC_GROUPS,
    groupOf: (j) => ETHNIC_GROUPS.indexOf(ethnicGroupOf(j.ethnicity)),
  },
  {
    name: "age-band",
    groups: AgeBand.literals,
    groupOf: (j) => AgeBand.literals.indexOf(ageBandOn(j.dateOfBirth, j.referredOn)),
  },
  {
    name: "sex",
    groups: SEXES,
    groupOf: (j) => Math.max(0, SEXES.indexOf((j.sex ?? "not-recorded") as (typeof SEXES)[number])),
  },
]

/**
 * Where each referral stands, one place each so the row adds up to the referrals: declined,
 * not eligible, holding a budget (by delivery mechanism), or still on the way (or ended).
 */
export const REFERRAL_STATES = [
  "declined",
  "not-eligible",
  "budget-direct-payment",
  "budget-third-party",
  "budget-notional",
  "budget-mixed",
  "in-progress-or-ended",
] as const

export const referralState = (j: JourneyFacts): number => {
  if (j.stage === "declined") return 0
  if (j.eligibilityOutcome === "not-eligible") return 1
  if (
    (j.budgetStatus === "active" || j.budgetStatus === "suspended") &&
    j.deliveryMechanism !== null
  )
    return REFERRAL_STATES.indexOf(`budget-${j.deliveryMechanism}`)
  return REFERRAL_STATES.indexOf("in-progress-or-ended")
}

export const holdsBudget = (state: number) => REFERRAL_STATES[state]?.startsWith("budget-") === true

/** Challenge results in the complaints regulations' words: upheld means the person succeeded. */
export const CHALLENGE_RESULTS = ["not-upheld", "upheld", "open"] as const
export const challengeResult = (status: string): number =>
  status === "not-upheld" ? 0 : status === "upheld" || status === "partly-upheld" ? 1 : 2

interface Tables {
  readonly referrals: Array<Array<number>>
  readonly challenges: Array<Array<number>>
  readonly goals: Array<Array<number>>
  readonly amounts: Array<Tally>
}

const tablesFor = (groups: number): Tables => ({
  referrals: grid(groups, REFERRAL_STATES.length),
  challenges: grid(groups, CHALLENGE_RESULTS.length),
  goals: grid(groups, 3),
  amounts: Array.from({ length: groups }, () => new Tally()),
})

const step =
  (period: ReportParameters["period"]) => (state: ReadonlyArray<Tables>, journey: JourneyFacts) => {
    if (!inPeriod(journey.referredOn, period)) return
    const where = referralState(journey)
    const latest = reviewsInView(journey, period).at(-1)
    CHARACTERISTICS.forEach((c, k) => {
      const g = c.groupOf(journey)
      const t = state[k]!
      t.referrals[g]![where]! += 1
      if (holdsBudget(where) && journey.budgetAmountPence !== null)
        t.amounts[g]!.add(journey.budgetAmountPence)
      for (const challenge of journey.challenges)
        t.challenges[g]![challengeResult(challenge.status)]! += 1
      for (const goal of latest?.progress ?? []) t.goals[g]![attainmentBand(goal.attainment)]! += 1
    })
  }

const rowsOf = (c: Characteristic, t: Tables): ReadonlyArray<ExportRow> => {
  const [referrals] = suppressed(t.referrals)
  const [challenges] = suppressed(t.challenges)
  const [goals] = suppressed(t.goals)
  const all = new Tally()
  for (const tally of t.amounts) all.merge(tally)
  return referrals!.map((r, i) => {
    const held = [r[2]!, r[3]!, r[4]!, r[5]!]
    const amounts = t.amounts[i] ?? all
    // Budgets held is a sum of published cells: hidden when any of them is, so it says nothing more.
    const budgetsHeld = held.includes(SUPPRESSED)
      ? SUPPRESSED
      : held.reduce<number>((sum, v) => sum + (v as number), 0)
    const ch = challenges![i]!
    const go = goals![i]!
    return {
      characteristic: c.name,
      group: c.groups[i] ?? TOTAL,
      referrals: r[REFERRAL_STATES.length]!,
      declined: r[0]!,
      not_eligible: r[1]!,
      budget_direct_payment: r[2]!,
      budget_third_party: r[3]!,
      budget_notional: r[4]!,
      budget_mixed: r[5]!,
      in_progress_or_ended: r[6]!,
      budgets_held: budgetsHeld,
      median_amount_pence: statistic(amounts.median(), amounts.size, budgetsHeld !== SUPPRESSED),
      challenges: ch[CHALLENGE_RESULTS.length]!,
      challenges_not_upheld: ch[0]!,
      challenges_upheld: ch[1]!,
      challenges_open: ch[2]!,
      goals_reviewed: go[3]!,
      goals_achieved: go[0]!,
      goals_partly_achieved: go[1]!,
      goals_not_achieved: go[2]!,
    }
  })
}

/**
 * Each characteristic's totals are the same figures (every referral has a group in each), so
 * a total hidden in one table is hidden in all: otherwise another table would give it away.
 */
const sameTotals = (rows: ReadonlyArray<ExportRow>): ReadonlyArray<ExportRow> => {
  const totals = rows.filter((r) => r.group === TOTAL)
  const hidden = new Set(
    totals.flatMap((r) => Object.keys(r).filter((key) => r[key] === SUPPRESSED)),
  )
  if (hidden.has("budgets_held")) hidden.add("median_amount_pence")
  return rows.map((r) =>
    r.group !== TOTAL
      ? r
      : Object.fromEntries(
          Object.entries(r).map(([key, value]) => [key, hidden.has(key) ? SUPPRESSED : value]),
        ),
  )
}

/**
 * Equality monitoring (the public sector equality duty): for each ethnic group, age band and
 * sex, who is referred, who declines or is found not eligible, who holds a budget and how
 * (mechanism, median amount), who challenges and with what result, and how goals stand.
 */
export const equalityMonitoring = defineExporter<ReportParameters>({
  id: "equality-monitoring",
  // 1.1.0: budgets held in more than one way have their own column, no longer third-party's.
  version: "1.1.0",
  description:
    "Referrals in the period by ethnic group, age band and sex: declines, not-eligible decisions, budgets held by delivery mechanism and their median amount, challenges and their results, and goal attainment; small numbers suppressed",
  ...aggregateReport,
  columns: [
    { key: "characteristic", header: "Characteristic" },
    { key: "group", header: "Group" },
    { key: "referrals", header: "Referrals" },
    { key: "declined", header: "Declined" },
    { key: "not_eligible", header: "Not eligible" },
    { key: "budget_direct_payment", header: "Budget held: direct payment" },
    { key: "budget_third_party", header: "Budget held: third party" },
    { key: "budget_notional", header: "Budget held: notional" },
    { key: "budget_mixed", header: "Budget held: mixed (lines held in more than one way)" },
    { key: "in_progress_or_ended", header: "In progress or ended" },
    { key: "budgets_held", header: "Budgets held" },
    { key: "median_amount_pence", header: "Median budget (pence a year)" },
    { key: "challenges", header: "Challenges" },
    { key: "challenges_not_upheld", header: "Challenges: not upheld (the decision stands)" },
    { key: "challenges_upheld", header: "Challenges: upheld in whole or part" },
    { key: "challenges_open", header: "Challenges: open" },
    { key: "goals_reviewed", header: "Goals reviewed" },
    { key: "goals_achieved", header: "Goals achieved" },
    { key: "goals_partly_achieved", header: "Goals partly achieved" },
    { key: "goals_not_achieved", header: "Goals not achieved" },
  ],
  rows: ({ period, asAt }, { councilId }) =>
    aggregate(
      journeyFacts(councilId, asAt),
      () => CHARACTERISTICS.map((c) => tablesFor(c.groups.length)),
      step(period),
      (state) => sameTotals(CHARACTERISTICS.flatMap((c, k) => rowsOf(c, state[k]!))),
    ),
})
