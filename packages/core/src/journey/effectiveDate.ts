import { Effect } from "effect"
import { daysBetween } from "../model/CalendarDay.ts"
import { invalidAt } from "../model/Input.ts"
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
