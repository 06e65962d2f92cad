import { describe, expect, it } from "vitest"
import * as fc from "fast-check"
import { publish, SUPPRESSED, suppressTable, type Published } from "../src/index.ts"

type Grid = ReadonlyArray<ReadonlyArray<number>>

/** The table with its totals, computed here without the module under test. */
const extend = (grid: Grid): Array<Array<number>> => {
  const rows = grid.map((row) => [...row, row.reduce((a, b) => a + b, 0)])
  const width = rows[0]!.length
  const totals = Array.from({ length: width }, (_, j) => rows.reduce((a, row) => a + row[j]!, 0))
  return [...rows, totals]
}

/**
 * Whether a reader who sees `published` (and knows hidden values are at least `lowerBound`)
 * could hold a table other than the true one in which `target` differs: a search over every
 * hidden cell near its true value, checking every row and column identity of the table.
 */
const canDiffer = (
  truth: ReadonlyArray<ReadonlyArray<number>>,
  published: ReadonlyArray<ReadonlyArray<Published>>,
  lowerBound: number,
  target: readonly [number, number],
): boolean => {
  const m = truth.length - 1
  const n = truth[0]!.length - 1
  const hidden: Array<readonly [number, number]> = []
  published.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === SUPPRESSED) hidden.push([i, j])
    })
  })
  const value = truth.map((row) => [...row])
  // Each identity: the cells that add up, and the total they must equal.
  const identities: Array<{
    parts: Array<readonly [number, number]>
    total: readonly [number, number]
  }> = []
  for (let i = 0; i <= m; i++)
    identities.push({ parts: Array.from({ length: n }, (_, j) => [i, j] as const), total: [i, n] })
  for (let j = 0; j <= n; j++)
    identities.push({ parts: Array.from({ length: m }, (_, i) => [i, j] as const), total: [m, j] })
  const order = new Map(hidden.map(([i, j], k) => [`${i},${j}`, k]))
  const lastHidden = identities.map((id) =>
    Math.max(-1, ...[...id.parts, id.total].map(([i, j]) => order.get(`${i},${j}`) ?? -1)),
  )
  const holds = (k: number) =>
    identities.every((id, index) => {
      if (lastHidden[index] !== k) return true
      const sum = id.parts.reduce((a, [i, j]) => a + value[i]![j]!, 0)
      return sum === value[id.total[0]]![id.total[1]]!
    })
  // Identities with no hidden cell hold already (they are published and true).
  const search = (k: number): boolean => {
    if (k === hidden.length) return value[target[0]]![target[1]]! !== truth[target[0]]![target[1]]!
    const [i, j] = hidden[k]!
    const v = truth[i]![j]!
    for (const candidate of [v - 1, v, v + 1]) {
      if (candidate < lowerBound) continue
      value[i]![j] = candidate
      if (holds(k) && search(k + 1)) return true
    }
    value[i]![j] = v
    return false
  }
  return search(0)
}

const tableArb = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }) },
        ),
        { minLength: columns, maxLength: columns },
      ),
      { minLength: rows, maxLength: rows },
    ),
  )
  .chain((counts) =>
    fc
      .array(fc.integer({ min: 0, max: 1000 }), {
        minLength: counts.length * counts[0]!.length,
        maxLength: counts.length * counts[0]!.length,
      })
      .map((prices) => ({
        counts,
        pence: counts.map((row, i) => row.map((c, j) => c * prices[i * row.length + j]!)),
      })),
  )

describe("small-number suppression", () => {
  it("publishes no count from 1 to 4, publishes every other value as it is, and hides no zero", () => {
    fc.assert(
      fc.property(tableArb, ({ counts, pence }) => {
        const result = suppressTable([
          { values: counts, lowerBound: 1 },
          { values: pence, lowerBound: 0 },
        ])
        const truthCounts = extend(counts)
        const truthPence = extend(pence)
        const shownCounts = publish(result, 0)
        const shownPence = publish(result, 1)
        shownCounts.forEach((row, i) => {
          row.forEach((shown, j) => {
            const truth = truthCounts[i]![j]!
            if (truth >= 1 && truth <= 4) expect(shown).toBe(SUPPRESSED)
            if (truth === 0) expect(shown).toBe(0)
            if (shown !== SUPPRESSED) expect(shown).toBe(truth)
            // A cell's measures are hidden together.
            expect(shownPence[i]![j] === SUPPRESSED).toBe(shown === SUPPRESSED)
            if (shownPence[i]![j] !== SUPPRESSED) expect(shownPence[i]![j]).toBe(truthPence[i]![j])
          })
        })
      }),
      { numRuns: 300 },
    )
  })

  it("leaves no suppressed count or sum recoverable from the cells and totals published", () => {
    fc.assert(
      fc.property(tableArb, ({ counts, pence }) => {
        const result = suppressTable([
          { values: counts, lowerBound: 1 },
          { values: pence, lowerBound: 0 },
        ])
        const truthCounts = extend(counts)
        const truthPence = extend(pence)
        const shownCounts = publish(result, 0)
        const shownPence = publish(result, 1)
        shownCounts.forEach((row, i) => {
          row.forEach((shown, j) => {
            if (shown !== SUPPRESSED) return
            expect(canDiffer(truthCounts, shownCounts, 1, [i, j])).toBe(true)
            expect(canDiffer(truthPence, shownPence, 0, [i, j])).toBe(true)
          })
        })
      }),
      { numRuns: 300 },
    )
  })

  it("hides a second cell beside a lone small count, so the row total does not give it away", () => {
    const result = suppressTable([
      {
        values: [
          [3, 10, 12],
          [7, 8, 9],
        ],
        lowerBound: 1,
      },
    ])
    const shown = publish(result, 0)
    expect(shown[0]![0]).toBe(SUPPRESSED)
    expect(shown[0]!.filter((v) => v === SUPPRESSED).length).toBeGreaterThanOrEqual(2)
    expect(
      shown.map((row) => row[0]).filter((v) => v === SUPPRESSED).length,
    ).toBeGreaterThanOrEqual(2)
  })

  it("does not stop at a rectangle of ones, which its totals of two would give away", () => {
    const counts = [
      [1, 1, 9],
      [1, 1, 9],
      [9, 9, 9],
    ]
    const shown = publish(suppressTable([{ values: counts, lowerBound: 1 }]), 0)
    const truth = extend(counts)
    for (const [i, j] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ] as const) {
      expect(shown[i]![j]).toBe(SUPPRESSED)
      expect(canDiffer(truth, shown, 1, [i, j])).toBe(true)
    }
  })

  it("suppresses nothing in a table with no small counts", () => {
    const result = suppressTable([
      {
        values: [
          [0, 5],
          [12, 30],
        ],
        lowerBound: 1,
      },
    ])
    expect(publish(result, 0)).toEqual([
      [0, 5, 5],
      [12, 30, 42],
      [12, 35, 47],
    ])
  })
})
