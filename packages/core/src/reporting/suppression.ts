/**
 * Small-number suppression for aggregate tables, applied by the platform to every aggregate
 * report so a commissioner sees figures without seeing people.
 *
 * A table is a grid of cells with a count (people or budgets) and any number of sums (pence),
 * published with its row totals, column totals and grand total. The rules:
 *
 * - **Primary**: every count from 1 to 4, totals included, is suppressed. Zero is published:
 *   it discloses no one, and a reader therefore knows that a suppressed count is at least 1.
 * - **Secondary**: more cells are suppressed until no suppressed value, of any measure, can be
 *   worked out from what is published (the other cells, the totals, and that counts of
 *   suppressed cells are at least 1 and sums at least 0). A cell's measures are suppressed
 *   together.
 *
 * The check is exact. The table with its totals is a network: each row and column is a node and
 * each suppressed cell an arc, and the published numbers fix how much flows through each node.
 * A suppressed value can be recovered exactly when no change to the suppressed cells that keeps
 * every published number true can move it, that is, when its arc lies on no cycle of the
 * residual graph (an arc may always grow; it may shrink only while above its lower bound).
 * Secondary suppression adds the cheapest cell (the smallest count, inner cells before totals)
 * next to a cell that is still exposed, until none is.
 */

/** How a suppressed value is shown in every format. */
export const SUPPRESSED = "[c]"
export type Published = number | typeof SUPPRESSED

export interface TableMeasure {
  /** Values of the inner cells, `values[row][column]`. */
  readonly values: ReadonlyArray<ReadonlyArray<number>>
  /**
   * The least value a reader knows a suppressed cell of this measure holds: 1 for the count
   * (zeros are published, so a hidden count is not zero), 0 for sums.
   */
  readonly lowerBound: number
}

export interface SuppressionResult {
  /** For the grid extended by a totals row (last) and a totals column (last). */
  readonly suppressed: ReadonlyArray<ReadonlyArray<boolean>>
  /** Each measure over the extended grid, with its totals. */
  readonly extended: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>
  /** Which cells were suppressed as small counts (the rest of `suppressed` is secondary). */
  readonly primary: ReadonlyArray<ReadonlyArray<boolean>>
}

export const SMALL_COUNT_MIN = 1
export const SMALL_COUNT_MAX = 4

/** The grid with a totals row and a totals column appended. */
export const withTotals = (
  values: ReadonlyArray<ReadonlyArray<number>>,
  columns: number,
): ReadonlyArray<ReadonlyArray<number>> => {
  const rows = values.map((row) => [...row, row.reduce((sum, v) => sum + v, 0)])
  const totals = Array.from({ length: columns + 1 }, (_, j) =>
    rows.reduce((sum, row) => sum + row[j]!, 0),
  )
  return [...rows, totals]
}

interface Cell {
  readonly i: number
  readonly j: number
}

/**
 * Whether the value of a suppressed cell can be worked out. Rows are nodes `0..m`, columns
 * nodes `m+1..m+1+n` (the last of each being the totals); `ext` holds one measure.
 */
const exposedCells = (
  suppressed: ReadonlyArray<ReadonlyArray<boolean>>,
  ext: ReadonlyArray<ReadonlyArray<number>>,
  lowerBound: number,
): ReadonlyArray<Cell> => {
  const m = ext.length - 1
  const n = ext[0]!.length - 1
  const rowNode = (i: number) => i
  const columnNode = (j: number) => m + 1 + j
  // The arc of each suppressed cell: inner cells and the grand total run row -> column, row
  // and column totals run column -> row (their signs in the balance equations differ).
  const arcs: Array<{ cell: Cell; from: number; to: number; canShrink: boolean }> = []
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (!suppressed[i]![j]) continue
      const forward = i < m === j < n
      arcs.push({
        cell: { i, j },
        from: forward ? rowNode(i) : columnNode(j),
        to: forward ? columnNode(j) : rowNode(i),
        canShrink: ext[i]![j]! > lowerBound,
      })
    }
  }
  const nodeCount = m + n + 2
  const reaches = (start: number, goal: number, skip: number): boolean => {
    const seen = new Uint8Array(nodeCount)
    const stack = [start]
    seen[start] = 1
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node === goal) return true
      for (let a = 0; a < arcs.length; a++) {
        if (a === skip) continue
        const arc = arcs[a]!
        if (arc.from === node && !seen[arc.to]) {
          seen[arc.to] = 1
          stack.push(arc.to)
        }
        if (arc.canShrink && arc.to === node && !seen[arc.from]) {
          seen[arc.from] = 1
          stack.push(arc.from)
        }
      }
    }
    return false
  }
  return arcs.flatMap((arc, index) => {
    const canGrow = reaches(arc.to, arc.from, index)
    const canShrinkOnCycle = arc.canShrink && reaches(arc.from, arc.to, index)
    return canGrow || canShrinkOnCycle ? [] : [arc.cell]
  })
}

/**
 * Suppresses a table: `measures[0]` is the count that decides primary suppression; every
 * measure is protected by the same pattern.
 */
export const suppressTable = (measures: ReadonlyArray<TableMeasure>): SuppressionResult => {
  const counts = measures[0]
  if (counts === undefined) throw new Error("suppressTable: a table needs its count")
  const m = counts.values.length
  const n = counts.values[0]?.length ?? 0
  const extended = measures.map((measure) => withTotals(measure.values, n))
  const countExt = extended[0]!
  const isSmall = (v: number) => v >= SMALL_COUNT_MIN && v <= SMALL_COUNT_MAX
  const primary = countExt.map((row) => row.map(isSmall))
  const suppressed = primary.map((row) => [...row])

  const cost = (c: Cell) =>
    // Inner cells before totals, the grand total last; then the smallest count.
    (c.i === m ? 1 : 0) * 1e12 + (c.j === n ? 1 : 0) * 1e12 + countExt[c.i]![c.j]!
  const candidate = (c: Cell) => !suppressed[c.i]![c.j] && countExt[c.i]![c.j]! > 0
  const cheapest = (cells: ReadonlyArray<Cell>): Cell | undefined =>
    cells.filter(candidate).sort((a, b) => cost(a) - cost(b) || a.i - b.i || a.j - b.j)[0]

  const limit = (m + 1) * (n + 1)
  for (let round = 0; round <= limit; round++) {
    const exposed = measures.flatMap((measure, k) =>
      exposedCells(suppressed, extended[k]!, measure.lowerBound),
    )
    const first = exposed[0]
    if (first === undefined) break
    const line = [
      ...Array.from({ length: n + 1 }, (_, j) => ({ i: first.i, j })),
      ...Array.from({ length: m + 1 }, (_, i) => ({ i, j: first.j })),
    ]
    // Failing a neighbour in its own row or column, any cell in a line that already hides one.
    const anywhere = () =>
      cheapest(
        countExt.flatMap((row, i) =>
          row.flatMap((_, j) =>
            suppressed[i]!.some(Boolean) || suppressed.some((r) => r[j]) ? [{ i, j }] : [],
          ),
        ),
      )
    const next = cheapest(line) ?? anywhere()
    if (next === undefined) break
    suppressed[next.i]![next.j] = true
  }
  return { suppressed, extended, primary }
}

/** A measure's extended grid as published: its value, or the suppression mark. */
export const publish = (
  result: SuppressionResult,
  measure: number,
): ReadonlyArray<ReadonlyArray<Published>> =>
  result.extended[measure]!.map((row, i) =>
    row.map((value, j) => (result.suppressed[i]![j] ? SUPPRESSED : value)),
  )
