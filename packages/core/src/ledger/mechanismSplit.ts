import { LineDeliveryMechanism } from "../model/Budget.ts"
import { annualLineCostPence, type PlanLine } from "../journey/SupportPlan.ts"
import { mechanismOfAccount, type Posting } from "./Posting.ts"

/** One part of a budget, by how its money is held, in pence. */
export interface MechanismPart {
  readonly mechanism: LineDeliveryMechanism
  readonly plannedAnnualPence: number
  /** Null for council-arranged money: it is never paid out ahead, only spent. */
  readonly paidPence: number | null
  readonly spentPence: number
}

const isSpent = (account: string) => account.startsWith("spent:")
const isHeld = (account: string) => account.startsWith("held:")
const isAllocated = (account: string) => account.startsWith("allocated:")

/**
 * A budget split by how its money is held: what the lines held each way cost a year, and from
 * the postings given, what was paid to whoever holds it and what was spent from it, reversals
 * netted. Each mechanism the lines use is a part, and so is any other that money moved under
 * (spending recorded under a mechanism the plan has since stopped using must still show).
 */
export const mechanismSplit = (
  lines: ReadonlyArray<PlanLine>,
  postings: ReadonlyArray<Pick<Posting, "entries">>,
): ReadonlyArray<MechanismPart> => {
  const planned = new Map<LineDeliveryMechanism, number>()
  const paid = new Map<LineDeliveryMechanism, number>()
  const spent = new Map<LineDeliveryMechanism, number>()
  const add = (
    totals: Map<LineDeliveryMechanism, number>,
    mechanism: LineDeliveryMechanism,
    pence: number,
  ) => totals.set(mechanism, (totals.get(mechanism) ?? 0) + pence)

  for (const line of lines) add(planned, line.deliveryMechanism, annualLineCostPence(line))
  for (const { entries } of postings) {
    const spentPence = entries
      .filter((e) => isSpent(e.account))
      .reduce((sum, e) => sum + e.amountPence, 0)
    if (spentPence !== 0) {
      // A spending record names the account the money came from, and so how it was held.
      const from = entries
        .filter((e) => !isSpent(e.account))
        .map((e) => mechanismOfAccount(e.account))
        .find((mechanism) => mechanism !== undefined)
      if (from !== undefined) add(spent, from, spentPence)
      continue
    }
    // A payment moves money only from the allocation to the account of whoever holds it. A
    // recovery or a reconciliation sends held money back to the funder: not a payment.
    if (!entries.every((e) => isAllocated(e.account) || isHeld(e.account))) continue
    for (const entry of entries) {
      const holder = isHeld(entry.account) ? mechanismOfAccount(entry.account) : undefined
      if (holder !== undefined) add(paid, holder, entry.amountPence)
    }
  }
  return LineDeliveryMechanism.literals
    .filter((m) => planned.has(m) || paid.has(m) || spent.has(m))
    .map((mechanism) => ({
      mechanism,
      plannedAnnualPence: planned.get(mechanism) ?? 0,
      paidPence: mechanism === "notional" ? null : (paid.get(mechanism) ?? 0),
      spentPence: spent.get(mechanism) ?? 0,
    }))
}
