import { Effect, Option } from "effect"
import {
  type Reallocation,
  reallocateFrom,
  type StreamAmounts,
} from "../ledger/adjustAllocations.ts"
import { postDueAllocations } from "../ledger/allocation.ts"
import type { AllocationFrequency } from "../ledger/schedule.ts"
import { startAllocationSchedule } from "../ledger/usecases.ts"
import type { Budget } from "../model/Budget.ts"
import { formatPounds } from "../model/Money.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { changeBudget } from "./budgetChanges.ts"

const noMovement: Reallocation = { toppedUpPence: 0, takenBackPence: 0, notTakenBackPence: 0 }

const none = (streams: StreamAmounts): StreamAmounts =>
  streams.map((s) => ({ stream: s.stream, amountPence: 0 }))

/**
 * An approved plan's budget comes into force from a day: a first approval starts the allocation
 * schedule that day; a new plan for a budget already running changes its amounts from that day,
 * and the allocations already posted follow by new postings (days before it at the old amounts,
 * days from it at the new). Everything due is posted at the old amounts first, so no period is
 * later allocated whole at the new ones. When the plan's rhythm changes (weekly to monthly), the
 * old schedule's periods give back their days from that day and a new schedule starts on it.
 */
export const putPlanInForce = Effect.fnUntraced(function* (
  before: Budget,
  next: {
    readonly amountPence: number
    readonly fundingStreams: StreamAmounts
    readonly deliveryMechanism: Budget["deliveryMechanism"]
    readonly frequency: AllocationFrequency
  },
  options: { readonly from: string; readonly today: string; readonly changeKey: string },
) {
  const ledger = yield* LedgerRepository
  const running = before.status === "active"
  if (running) yield* postDueAllocations(before, options.today)
  const after = yield* changeBudget(
    before,
    {
      status: "active",
      amountPence: next.amountPence,
      fundingStreams: next.fundingStreams,
      deliveryMechanism: next.deliveryMechanism,
    },
    "BudgetActivated",
  )
  const schedule = yield* ledger.schedule(after.councilId, after.id)
  if (!running || Option.isNone(schedule)) {
    yield* startAllocationSchedule(after, options.from, next.frequency)
    return { budget: after, moved: noMovement }
  }
  const change = { from: options.from, asOf: options.today, changeKey: options.changeKey }
  if (schedule.value.frequency === next.frequency) {
    const moved = yield* reallocateFrom(
      after,
      { before: before.fundingStreams, after: after.fundingStreams },
      change,
    )
    return { budget: after, moved }
  }
  const givenBack = yield* reallocateFrom(
    after,
    { before: before.fundingStreams, after: none(before.fundingStreams) },
    change,
  )
  yield* startAllocationSchedule(after, options.from, next.frequency)
  // A new period starting the very day an old one did shares its key: it is brought up to its
  // share at the new amounts; other new periods are allocated as they fall due.
  const restarted = yield* reallocateFrom(
    after,
    { before: none(after.fundingStreams), after: after.fundingStreams },
    change,
  )
  yield* postDueAllocations(after, options.today)
  return {
    budget: after,
    moved: {
      toppedUpPence: restarted.toppedUpPence,
      takenBackPence: givenBack.takenBackPence,
      notTakenBackPence: givenBack.notTakenBackPence,
    },
  }
})

/** The words a plan change of a running budget gives: from when, and what moved because of it. */
export const planChangeReasons = (change: {
  readonly from: string
  readonly wasPence: number
  readonly nowPence: number
  readonly backdated: string | null
  readonly moved: Reallocation
}) => [
  {
    criterion: "approval/effective-from",
    met: null,
    text: `The new plan takes effect from ${change.from}: the budget is ${formatPounds(change.nowPence)} a year from that day (it was ${formatPounds(change.wasPence)}).`,
  },
  ...(change.backdated === null
    ? []
    : [{ criterion: "approval/backdated", met: null, text: change.backdated }]),
  ...(change.moved.toppedUpPence > 0
    ? [
        {
          criterion: "approval/allocations-topped-up",
          met: null,
          text: `${formatPounds(change.moved.toppedUpPence)} is added to money already allocated, for the days since the change.`,
        },
      ]
    : []),
  ...(change.moved.takenBackPence > 0
    ? [
        {
          criterion: "approval/allocations-taken-back",
          met: null,
          text: `${formatPounds(change.moved.takenBackPence)} allocated at the old amounts for the days since the change is taken back.`,
        },
      ]
    : []),
  ...(change.moved.notTakenBackPence > 0
    ? [
        {
          criterion: "approval/already-paid",
          met: null,
          text: `${formatPounds(change.moved.notTakenBackPence)} for those days had already been paid out; it is left where it is for the direct-payment monitoring to look at with you.`,
        },
      ]
    : []),
]
