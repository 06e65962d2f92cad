import { IsoInstant } from "./Time.ts"
import { Schema } from "effect"
import { BudgetId, CouncilId, PersonId } from "./Ids.ts"
import { Pence } from "./Money.ts"

/** Where the money comes from: council social care (Care Act s26) or the NHS (a PHB). */
export const FundingStreamKind = Schema.Literals(["council-social-care", "nhs-health"]).annotate({
  identifier: "FundingStreamKind",
})
export type FundingStreamKind = typeof FundingStreamKind.Type

/**
 * How one plan line's money is held: arranged by the council (notional), held by an
 * organisation for the person (third-party, an individual service fund), or paid to the person
 * (direct-payment). Spending is recorded against one of these.
 */
export const LineDeliveryMechanism = Schema.Literals([
  "notional",
  "third-party",
  "direct-payment",
]).annotate({ identifier: "LineDeliveryMechanism" })
export type LineDeliveryMechanism = typeof LineDeliveryMechanism.Type

/**
 * How a budget's money is held: the one way its approved plan's lines are held, or `mixed` when
 * they are held in more than one way (Scotland's SDS Option 4; part direct payment, part
 * council-arranged in England). The lines stay the record of which part is held how.
 */
export const DeliveryMechanism = Schema.Literals([
  ...LineDeliveryMechanism.literals,
  "mixed",
]).annotate({ identifier: "DeliveryMechanism" })
export type DeliveryMechanism = typeof DeliveryMechanism.Type

/**
 * The budget's mechanism for the lines in force: undefined when there are none, so the caller
 * keeps what the budget had rather than invent one.
 */
export const budgetMechanismOf = (
  lines: ReadonlyArray<{ readonly deliveryMechanism: LineDeliveryMechanism }>,
): DeliveryMechanism | undefined => {
  const used = new Set(lines.map((line) => line.deliveryMechanism))
  return used.size > 1 ? "mixed" : used.values().next().value
}

export const BudgetStatus = Schema.Literals([
  "indicative",
  "active",
  "suspended",
  "ended",
]).annotate({ identifier: "BudgetStatus" })
export type BudgetStatus = typeof BudgetStatus.Type

export const FundingStream = Schema.Struct({
  stream: FundingStreamKind,
  amountPence: Pence,
}).annotate({ identifier: "FundingStream" })
export type FundingStream = typeof FundingStream.Type

/** A personal budget: its amount is always the sum of its funding streams. */
export class Budget extends Schema.Class<Budget>("@openpb/core/Budget")({
  id: BudgetId,
  councilId: CouncilId,
  personId: PersonId,
  status: BudgetStatus,
  amountPence: Pence,
  fundingStreams: Schema.Array(FundingStream),
  deliveryMechanism: DeliveryMechanism,
  version: Schema.Int,
  createdAt: IsoInstant,
}) {}
