import { Effect, Option } from "effect"
import type { Budget } from "../model/Budget.ts"
import { daysBetween } from "../model/CalendarDay.ts"
import { invalidAt } from "../model/Input.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { ApprovalPolicy } from "../policies/ApprovalPolicy.ts"

/**
 * How far back a change may be dated when the policy says nothing: four weeks, one monitoring
 * cycle; older changes are for monitoring and challenge, where they are explained and checked.
 */
export const DEFAULT_MAX_BACKDATING_DAYS = 28

/**
 * The day a change takes effect: today, or an earlier day the command carries (a hospital stay
 * recorded late), no later than today and no further back than the council's limit. Returns the
 * day and, when backdated, the words the decision gives for it.
 */
export const effectiveDay = Effect.fnUntraced(function* (
  requested: string | undefined,
  today: string,
  notBefore?: { readonly day: string; readonly what: string },
) {
  if (requested === undefined || requested === today) return { day: today, reason: null }
  if (requested > today)
    return yield* invalidAt(["effectiveFrom"], `a change cannot take effect after today (${today})`)
  const limit = (yield* ApprovalPolicy).maxBackdatingDays ?? DEFAULT_MAX_BACKDATING_DAYS
  const back = daysBetween(requested, today)
  if (back > limit)
    return yield* invalidAt(
      ["effectiveFrom"],
      `this council allows a change to be dated at most ${limit} days back; ${requested} is ${back} days ago`,
    )
  if (notBefore !== undefined && requested < notBefore.day)
    return yield* invalidAt(
      ["effectiveFrom"],
      `it cannot take effect before ${notBefore.what} (${notBefore.day})`,
    )
  return {
    day: requested,
    reason: `Recorded on ${today}, it counts from ${requested} (${back} days back, within this council's limit of ${limit}).`,
  }
})

/** The day the budget last started running: its first day, or the end of its latest pause. */
export const lastStartOf = Effect.fnUntraced(function* (budget: Budget) {
  const schedule = yield* (yield* LedgerRepository).schedule(budget.councilId, budget.id)
  if (Option.isNone(schedule)) return undefined
  const resumed = schedule.value.pauses.flatMap((p) => (p.to === null ? [] : [p.to]))
  const day = [schedule.value.startDate, ...resumed].reduce((a, b) => (a > b ? a : b))
  return { day, what: "the budget last started running" }
})

interface Bound {
  readonly day: string
  readonly what: string
}

/** The later of the bounds a change may not go back beyond. */
export const latestOf = (...bounds: ReadonlyArray<Bound | undefined>): Bound | undefined =>
  bounds.reduce<Bound | undefined>(
    (latest, bound) =>
      bound === undefined || (latest !== undefined && latest.day >= bound.day) ? latest : bound,
    undefined,
  )

/** The day the approved plan in force took effect, as a bound for a later change. */
export const inForceSince = (journey: {
  readonly approved: { readonly effectiveFrom?: string | undefined } | null
}): Bound | undefined =>
  journey.approved?.effectiveFrom === undefined
    ? undefined
    : { day: journey.approved.effectiveFrom, what: "the plan in force took effect" }
