import { Schema } from "effect"

/**
 * Money is a whole number of pence (GBP), never a float. Amounts above this bound are
 * refused so every sum of them stays exact in a JavaScript number.
 */
export const MAX_PENCE = 100_000_000_00

export const Pence = Schema.Int.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "must be zero or more pence" }),
  Schema.isLessThanOrEqualTo(MAX_PENCE, { message: "must be at most £100,000,000 in pence" }),
).pipe(Schema.brand("Pence"))
export type Pence = typeof Pence.Type

export const sumPence = (amounts: ReadonlyArray<number>): number =>
  amounts.reduce((total, amount) => total + amount, 0)
