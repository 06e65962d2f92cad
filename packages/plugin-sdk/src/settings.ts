import { Effect, Schema } from "effect"

/** A setting a deployment may leave out: the default (a national figure, usually) applies. */
export const withDefault = <S extends Schema.Top>(schema: S, value: S["Encoded"]) =>
  schema.pipe(Schema.withDecodingDefaultKey(Effect.succeed(value)))

/**
 * An amount in pence a council may raise but never lower below a national minimum: how a
 * plugin lets a council be more generous than the law, never stricter.
 */
export const atLeast = (minimum: number, what: string) =>
  Schema.Int.check(
    Schema.isGreaterThanOrEqualTo(minimum, {
      message: `${what} cannot be below the national minimum of ${minimum}`,
    }),
  )

/** A whole number within bounds, e.g. weeks before a first review (a council may review sooner). */
export const between = (minimum: number, maximum: number, what: string) =>
  Schema.Int.check(
    Schema.isBetween(
      { minimum, maximum },
      { message: `${what} must be from ${minimum} to ${maximum}` },
    ),
  )

/** Money in words for reasons: £1,234.50. */
export const pounds = (pence: number): string =>
  `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
