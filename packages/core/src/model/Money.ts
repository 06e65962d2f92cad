import { Schema } from "effect"

/**
 * Money is a whole number of pence (GBP), never a float. One amount is at most a 32-bit
 * integer (about £21.4 million), so it is exact in every API, GraphQL's Int included.
 */
export const MAX_PENCE = 2_147_483_647

export const Pence = Schema.Int.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "must be zero or more pence" }),
  Schema.isLessThanOrEqualTo(MAX_PENCE, {
    message: "must be at most 2147483647 pence (about £21.4 million)",
  }),
).pipe(Schema.brand("Pence"), Schema.annotate({ identifier: "Pence" }))
export type Pence = typeof Pence.Type

/**
 * An amount that may be below zero (a balance, an overdrawn account's closing figure), within
 * the same bound either way: never more than `MAX_PENCE` from zero, never a fraction.
 */
export const SignedPence = Schema.Int.check(
  Schema.isBetween(
    { minimum: -MAX_PENCE, maximum: MAX_PENCE },
    { message: "must be whole pence within 2147483647 either side of zero" },
  ),
)

/** An amount in pence as a person reads it: "£1,234.50". */
export const formatPounds = (pence: number): string =>
  `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

export const sumPence = (amounts: ReadonlyArray<number>): number =>
  amounts.reduce((total, amount) => total + amount, 0)
