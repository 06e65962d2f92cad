import { Option, Schema } from "effect"
import type { Decision } from "../decisions/Decision.ts"
import { addDays, addMonths, daysBetween, londonDateOf } from "../model/CalendarDay.ts"
import { CalendarDate } from "../model/Person.ts"

/** What an uplift decision recorded before its days were kept among its amounts. */
const EarlierUplift = Schema.Struct({ request: Schema.Struct({ days: Schema.Int }) })
const earlierDays = Schema.decodeUnknownOption(EarlierUplift)

/** The day an uplift began, kept in its inputs when it was recorded with its own day. */
const UpliftStart = Schema.Struct({ from: CalendarDate })
const upliftStart = Schema.decodeUnknownOption(UpliftStart)

/**
 * The days of contingency uplift a person has had in the 12 months ending `today` (both ends
 * included), from the uplift decisions themselves: each runs from the day it took effect (the
 * London date it was made, unless it was recorded later) for the days it granted, and only the
 * days inside the window count.
 */
export const contingencyDaysUsed = (decisions: ReadonlyArray<Decision>, today: string) => {
  const windowStart = addDays(addMonths(today, -12), 1)
  let used = 0
  for (const decision of decisions) {
    if (decision.kind !== "contingency" || decision.outcome !== "uplift-applied") continue
    const days =
      decision.amounts.days ??
      Option.match(earlierDays(decision.inputs), {
        onNone: () => 0,
        onSome: (earlier) => earlier.request.days,
      })
    if (days <= 0) continue
    const from = Option.match(upliftStart(decision.inputs), {
      onNone: () => londonDateOf(decision.madeAt),
      onSome: (start) => start.from,
    })
    const until = addDays(from, days - 1)
    const start = from > windowStart ? from : windowStart
    const end = until < today ? until : today
    if (end >= start) used += daysBetween(start, end) + 1
  }
  return used
}
