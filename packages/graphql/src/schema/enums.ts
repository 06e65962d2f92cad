import { BudgetStatus, DeliveryMechanism, FundingStreamKind } from "@openpb/core"
import { builder } from "../builder.ts"

/** GraphQL enum names are SCREAMING_CASE; their values are core's literals. */
const enumOf = <const L extends string>(
  name: string,
  literals: ReadonlyArray<L>,
  description: string,
) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      literals.map((literal) => [literal.toUpperCase().replaceAll("-", "_"), { value: literal }]),
    ) as Record<string, { value: L }>,
  })

export const FundingStreamKindEnum = enumOf(
  "FundingStreamKind",
  FundingStreamKind.literals,
  "Where the money comes from: council social care or the NHS.",
)
export const DeliveryMechanismEnum = enumOf(
  "DeliveryMechanism",
  DeliveryMechanism.literals,
  "How the money is held: notional, third-party or direct payment.",
)
export const BudgetStatusEnum = enumOf(
  "BudgetStatus",
  BudgetStatus.literals,
  "Where the budget stands.",
)
