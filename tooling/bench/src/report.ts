export interface BenchResult {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly baseline: string
  readonly baselineValue: number
  readonly ratio: number
  readonly [extra: string]: unknown
}

/** One human line and one JSON line per benchmark, so runs can be compared by machine. */
export const report = (result: BenchResult) => {
  console.log(
    `${result.name}: ${result.value.toFixed(0)} ${result.unit} (${result.baseline}: ${result.baselineValue.toFixed(0)} ${result.unit}; ratio ${result.ratio.toFixed(2)})`,
  )
  console.log(JSON.stringify(result))
}
