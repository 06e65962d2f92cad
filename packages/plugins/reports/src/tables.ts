import {
  type Cell,
  type ExportContext,
  type ExportRow,
  keysetStream,
  type Published,
  publish,
  ReportingFacts,
  SMALL_COUNT_MAX,
  SUPPRESSED,
  suppressTable,
} from "@openpb/plugin-sdk"
import { Effect, Stream } from "effect"

/** Rows per database read: a page of journeys is small, the aggregates are smaller. */
export const PAGE_SIZE = 1_000

/** The least number of people a mean or median may describe. */
export const MIN_PEOPLE_FOR_STATISTIC = SMALL_COUNT_MAX + 1

export const TOTAL = "all"

/** Every journey of the council, a page at a time, as known now or at the end of `asAt`. */
export const journeyFacts = (councilId: ExportContext["councilId"], asAt: string | undefined) =>
  Stream.unwrap(
    ReportingFacts.useSync((facts) =>
      keysetStream(
        PAGE_SIZE,
        (afterId, limit) => facts.journeys({ councilId, afterId, limit, asAt }),
        (j) => j.journeyId,
      ),
    ),
  )

/** Folds a stream into aggregates, then publishes the rows made from them. */
export const aggregate = <A, S, R>(
  facts: Stream.Stream<A, never, R>,
  initial: () => S,
  step: (state: S, fact: A) => void,
  finish: (state: S) => ReadonlyArray<ExportRow>,
): Stream.Stream<ExportRow, never, R> =>
  Stream.unwrap(
    Effect.map(
      Stream.runFold(facts, initial, (state, fact) => {
        step(state, fact)
        return state
      }),
      (state) => Stream.fromIterable(finish(state)),
    ),
  )

export const grid = (rows: number, columns: number): Array<Array<number>> =>
  Array.from({ length: rows }, () => Array.from({ length: columns }, () => 0))

/**
 * A count table (with any sums) suppressed by the platform's rule, as published: the extended
 * grids, the totals row last and the totals column last, `[c]` where suppressed.
 */
export const suppressed = (
  counts: ReadonlyArray<ReadonlyArray<number>>,
  sums: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>> = [],
): ReadonlyArray<ReadonlyArray<ReadonlyArray<Published>>> => {
  const result = suppressTable([
    { values: counts, lowerBound: 1 },
    ...sums.map((values) => ({ values, lowerBound: 0 })),
  ])
  return [counts, ...sums].map((_, k) => publish(result, k))
}

/** A count of values, so a median needs memory for each distinct value rather than each person. */
export class Tally {
  private readonly counts = new Map<number, number>()
  size = 0
  add(value: number) {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1)
    this.size += 1
  }
  merge(other: Tally) {
    for (const [value, n] of other.counts) {
      this.counts.set(value, (this.counts.get(value) ?? 0) + n)
      this.size += n
    }
  }
  /** The middle value, or the mean of the two middle values. */
  median(): number | null {
    if (this.size === 0) return null
    const sorted = [...this.counts].sort((a, b) => a[0] - b[0])
    const at = (index: number) => {
      let seen = 0
      for (const [value, n] of sorted) {
        seen += n
        if (index < seen) return value
      }
      return sorted.at(-1)![0]
    }
    return this.size % 2 === 1
      ? at((this.size - 1) / 2)
      : (at(this.size / 2 - 1) + at(this.size / 2)) / 2
  }
}

/** A statistic over people, published only when it describes enough of them. */
export const statistic = (value: number | null, people: number, visible = true): Cell =>
  value === null
    ? null
    : !visible || people < MIN_PEOPLE_FOR_STATISTIC
      ? SUPPRESSED
      : Math.round(value * 100) / 100

/** Days from one London date to another. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

export const inPeriod = (date: string, period: { from: string; to: string }) =>
  period.from <= date && date <= period.to
