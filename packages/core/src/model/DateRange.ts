import { Schema } from "effect"

/**
 * A period's end is never before its start (both calendar dates, both included). An end left
 * null is open: the period has not ended. Works for any pair of fields (`from`/`to`,
 * `startDate`/`endDate`), so every period of every schema is held to the same rule, stored
 * documents included; the issue names the end field.
 */
export const isOrderedPeriod = <const Start extends string, const End extends string>(
  start: Start,
  end: End,
) =>
  Schema.makeFilter(
    (period: { readonly [K in Start]: string } & { readonly [K in End]: string | null }) => {
      const from: string = period[start]
      const to: string | null = period[end]
      return to === null || from <= to
        ? undefined
        : { path: [end], issue: `must not be before ${start}` }
    },
  )

/** The usual pair: `from` to `to`. */
export const endsOnOrAfterStart = isOrderedPeriod("from", "to")
