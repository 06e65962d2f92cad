import { Effect, Option } from "effect"
import type { Budget } from "../model/Budget.ts"
import { addDays, daysBetween } from "../model/CalendarDay.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { allocationRequest } from "./allocation.ts"
import { postEntries } from "./post.ts"
import { type DuePeriod, duePeriods, periodAmount } from "./schedule.ts"

/** The keys of postings that change a period's allocation after it was first posted. */
const adjustmentKinds = ["topup:", "pause:", "restore:"]

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

/**
 * A budget's yearly amount rose with effect from a past day: every allocation period already
 * posted is topped up, by new postings (never edits). A period that began on or after that day
 * is brought to its full share at the new amount, whatever it received before; a period the day
 * falls inside gets the new amount's extra for the days from that day on. Periods not yet posted
 * are allocated at the new amounts when they fall due. Each top-up's key names the change, so
 * running it again posts nothing twice. Returns the postings made.
 */
export const topUpPostedAllocations = Effect.fnUntraced(function* (
  before: Budget,
  after: Budget,
  options: { readonly from: string; readonly asOf: string; readonly changeKey: string },
) {
  const ledger = yield* LedgerRepository
  const schedule = yield* ledger.schedule(after.councilId, after.id)
  if (Option.isNone(schedule) || after.status !== "active") return []
  const posted = []
  for (const period of duePeriods(schedule.value, options.asOf)) {
    if (period.end <= options.from) continue
    for (const stream of after.fundingStreams) {
      const allocated = yield* ledger.findByKey(
        after.councilId,
        after.id,
        `alloc:${period.start}:${stream.stream}`,
      )
      if (Option.isNone(allocated)) continue
      const start = period.start > options.from ? period.start : options.from
      const days = daysBetween(start, period.end)
      const was = before.fundingStreams.find((s) => s.stream === stream.stream)?.amountPence ?? 0
      const topUp =
        start === period.start
          ? periodAmount(stream.amountPence, period.days) -
            (yield* allocatedFor(after, period, stream.stream))
          : periodAmount(stream.amountPence, days) - periodAmount(was, days)
      if (topUp <= 0) continue
      posted.push(
        yield* postEntries(
          after,
          allocationRequest(
            after,
            `topup:${options.changeKey}:${period.start}:${stream.stream}`,
            stream.stream,
            topUp,
            start,
            `Top-up from ${start} for the period from ${period.start} (${days} days at the new amount)`,
          ),
        ),
      )
    }
  }
  return posted
})
