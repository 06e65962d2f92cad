import { IsoInstant } from "./Time.ts"
import { Schema } from "effect"
import { BudgetId, CouncilId, PersonId } from "./Ids.ts"
import { Pence } from "./Money.ts"

/** Where the money comes from: council social care (Care Act s26) or the NHS (a PHB). */
export const FundingStreamKind = Schema.Literals(["council-social-care", "nhs-health"]).annotate({
  identifier: "FundingStreamKind",
})
export type FundingStreamKind = typeof FundingStreamKind.Type

/** How the money is held: arranged by the council, held by an organisation, or paid as cash. */
export const DeliveryMechanism = Schema.Literals([
  "notional",
  "third-party",
  "direct-payment",
]).annotate({ identifier: "DeliveryMechanism" })
export type DeliveryMechanism = typeof DeliveryMechanism.Type

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
