import { publish, type Published, SUPPRESSED, suppressTable } from "@openpb/plugin-sdk"

/**
 * A count table as published: small counts and whatever would reveal them suppressed (the
 * platform's rule), with its totals row and column appended.
 */
export const publishCounts = (
  grid: ReadonlyArray<ReadonlyArray<number>>,
): ReadonlyArray<ReadonlyArray<Published>> =>
  publish(suppressTable([{ values: grid, lowerBound: 1 }]), 0)

/** A percentage to one decimal place, from published figures only: suppressed if any part is. */
export const percent = (
  parts: ReadonlyArray<Published>,
  whole: Published,
): number | typeof SUPPRESSED | null => {
  if (whole === SUPPRESSED || parts.includes(SUPPRESSED)) return SUPPRESSED
  if (whole === 0) return null
  const sum = (parts as ReadonlyArray<number>).reduce((a, b) => a + b, 0)
  return Math.round((sum / whole) * 1000) / 10
}
