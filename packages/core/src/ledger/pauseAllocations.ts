import { Effect, Option } from "effect"
import type { Budget } from "../model/Budget.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { allocatedFor } from "./adjustAllocations.ts"
import { allocationRequest } from "./allocation.ts"
import { postEntries } from "./post.ts"
import { duePeriods } from "./schedule.ts"

/**
 * A pause recorded after the day it began (a hospital stay entered late): every allocation
 * period that started on or after that day and was already posted is taken back by a new
 * posting, as if the pause had been recorded on time (a period that starts in a pause is never
 * allocated). Money already paid out of the allocated account stays where it is, for monitoring
 * to look at; what was taken back and what could not be are returned for the decision's reasons.
 * Each withdrawal's key names the pause, so running it again takes nothing twice.
 */
export const withdrawPausedAllocations = Effect.fnUntraced(function* (
  budget: Budget,
  options: { readonly from: string; readonly asOf: string; readonly changeKey: string },
) {
  const ledger = yield* LedgerRepository
  const schedule = yield* ledger.schedule(budget.councilId, budget.id)
  let withdrawnPence = 0
  let notWithdrawnPence = 0
  if (Option.isNone(schedule)) return { withdrawnPence, notWithdrawnPence }
  for (const period of duePeriods(schedule.value, options.asOf)) {
    if (period.start < options.from) continue
    for (const stream of budget.fundingStreams) {
      const allocated = yield* allocatedFor(budget, period, stream.stream)
      if (allocated <= 0) continue
      const available = (yield* ledger.balances(budget.councilId, budget.id)).get(
        `allocated:${stream.stream}`,
      )
      const amount = Math.min(allocated, Math.max(available ?? 0, 0))
      notWithdrawnPence += allocated - amount
      if (amount <= 0) continue
      yield* postEntries(
        budget,
        allocationRequest(
          budget,
          `pause:${options.changeKey}:${period.start}:${stream.stream}`,
          stream.stream,
          -amount,
          period.start,
          `Taken back: the budget was paused from ${options.from}, before this period began`,
        ),
      )
      withdrawnPence += amount
    }
  }
  return { withdrawnPence, notWithdrawnPence }
})

/**
 * A resumption recorded late: a period taken back by a late-recorded pause that no longer
 * starts in a pause gets back what was taken, by a new posting keyed by the resumption.
 */
export const restoreResumedAllocations = Effect.fnUntraced(function* (
  budget: Budget,
  options: { readonly asOf: string; readonly changeKey: string },
) {
  const ledger = yield* LedgerRepository
  const schedule = yield* ledger.schedule(budget.councilId, budget.id)
  if (Option.isNone(schedule)) return 0
  let restoredPence = 0
  for (const period of duePeriods(schedule.value, options.asOf)) {
    const postings = yield* ledger.postings(budget.councilId, budget.id, {
      from: period.start,
      to: period.start,
    })
    for (const stream of budget.fundingStreams) {
      const suffix = `:${period.start}:${stream.stream}`
      const takenBack = -postings
        .filter(
          (p) =>
            (p.idempotencyKey.startsWith("pause:") || p.idempotencyKey.startsWith("restore:")) &&
            p.idempotencyKey.endsWith(suffix),
        )
        .flatMap((p) => p.entries)
        .filter((e) => e.account === `allocated:${stream.stream}`)
        .reduce((total, e) => total + e.amountPence, 0)
      if (takenBack <= 0) continue
      yield* postEntries(
        budget,
        allocationRequest(
          budget,
          `restore:${options.changeKey}${suffix}`,
          stream.stream,
          takenBack,
          period.start,
          "Put back: the budget resumed before this period began",
        ),
      )
      restoredPence += takenBack
    }
  }
  return restoredPence
})
