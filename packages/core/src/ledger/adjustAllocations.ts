import { Effect, Option } from "effect"
import type { Budget, FundingStreamKind } from "../model/Budget.ts"
import { addDays, daysBetween } from "../model/CalendarDay.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { allocationRequest } from "./allocation.ts"
import { postEntries } from "./post.ts"
import { type DuePeriod, duePeriods, periodAmount } from "./schedule.ts"

/** The keys of postings that change a period's allocation after it was first posted. */
const adjustmentKinds = ["topup:", "takeback:", "pause:", "restore:"]

/**
 * What has been allocated to one stream for one period: its allocation and any top-ups, less
 * anything taken back because a late-recorded pause covered the period (and put back if a
 * resumption recorded late uncovered it again).
 */
export const allocatedFor = Effect.fnUntraced(function* (
  budget: Budget,
  period: DuePeriod,
  stream: string,
) {
  const ledger = yield* LedgerRepository
  const postings = yield* ledger.postings(budget.councilId, budget.id, {
    from: period.start,
    to: addDays(period.end, -1),
  })
  const suffix = `:${period.start}:${stream}`
  return postings
    .filter(
      (p) =>
        p.kind === "allocation" &&
        (p.idempotencyKey === `alloc${suffix}` ||
          (adjustmentKinds.some((kind) => p.idempotencyKey.startsWith(kind)) &&
            p.idempotencyKey.endsWith(suffix))),
    )
    .flatMap((p) => p.entries)
    .filter((e) => e.account === `allocated:${stream}`)
    .reduce((total, e) => total + e.amountPence, 0)
})

/** What a change of amounts moved in allocations already posted, for the decision's words. */
export interface Reallocation {
  readonly toppedUpPence: number
  readonly takenBackPence: number
  /** What should have been taken back but was already paid out: left for monitoring. */
  readonly notTakenBackPence: number
}

/** Yearly amounts per funding stream, in pence. */
export type StreamAmounts = ReadonlyArray<{
  readonly stream: FundingStreamKind
  readonly amountPence: number
}>

const streamAmount = (streams: StreamAmounts, stream: string) =>
  streams.find((s) => s.stream === stream)?.amountPence ?? 0

/**
 * A budget's yearly amounts changed with effect from a day (today, or a past day when the change
 * is recorded late): every allocation period already posted is brought to what the new amounts
 * give from that day, by new postings (never edits). A period that began on or after that day
 * gets its full share at the new amount, whatever it received before; a period the day falls
 * inside changes by the difference for its days from that day on. A rise tops up; a fall takes
 * back what is still allocated (anything already paid out stays, for monitoring to look at). A
 * stream new to the budget is allocated from that day in the period it began in. Periods not yet
 * posted are allocated at the new amounts when they fall due. Each posting's key names the
 * change, so running it again posts nothing twice.
 */
export const reallocateFrom = Effect.fnUntraced(function* (
  budget: Budget,
  amounts: { readonly before: StreamAmounts; readonly after: StreamAmounts },
  options: { readonly from: string; readonly asOf: string; readonly changeKey: string },
) {
  const ledger = yield* LedgerRepository
  const schedule = yield* ledger.schedule(budget.councilId, budget.id)
  const moved = { toppedUpPence: 0, takenBackPence: 0, notTakenBackPence: 0 }
  if (Option.isNone(schedule)) return moved
  const streams = [...new Set([...amounts.before, ...amounts.after].map((s) => s.stream))]
  for (const period of duePeriods(schedule.value, options.asOf)) {
    if (period.end <= options.from) continue
    const start = period.start > options.from ? period.start : options.from
    const days = daysBetween(start, period.end)
    for (const stream of streams) {
      const was = streamAmount(amounts.before, stream)
      const now = streamAmount(amounts.after, stream)
      const posted = yield* ledger.findByKey(
        budget.councilId,
        budget.id,
        `alloc:${period.start}:${stream}`,
      )
      if (Option.isNone(posted)) {
        // Not yet posted: allocation posts it at the new amount, except a stream the budget did
        // not have, in the period the change falls inside: it counts from the change's day.
        if (start === period.start || was > 0) continue
        const amount = periodAmount(now, days)
        if (amount <= 0) continue
        yield* postEntries(
          budget,
          allocationRequest(
            budget,
            `alloc:${period.start}:${stream}`,
            stream,
            amount,
            start,
            `Allocation from ${start} for the period from ${period.start} (${days} days)`,
          ),
        )
        moved.toppedUpPence += amount
        continue
      }
      const change =
        start === period.start
          ? periodAmount(now, period.days) - (yield* allocatedFor(budget, period, stream))
          : periodAmount(now, days) - periodAmount(was, days)
      const suffix = `${options.changeKey}:${period.start}:${stream}`
      if (change > 0) {
        yield* postEntries(
          budget,
          allocationRequest(
            budget,
            `topup:${suffix}`,
            stream,
            change,
            start,
            `Top-up from ${start} for the period from ${period.start} (${days} days at the new amount)`,
          ),
        )
        moved.toppedUpPence += change
      } else if (change < 0) {
        const available = (yield* ledger.balances(budget.councilId, budget.id)).get(
          `allocated:${stream}`,
        )
        const amount = Math.min(-change, Math.max(available ?? 0, 0))
        moved.notTakenBackPence += -change - amount
        if (amount <= 0) continue
        yield* postEntries(
          budget,
          allocationRequest(
            budget,
            `takeback:${suffix}`,
            stream,
            -amount,
            start,
            `Taken back from ${start} for the period from ${period.start} (${days} days at the new amount)`,
          ),
        )
        moved.takenBackPence += amount
      }
    }
  }
  return moved
})
