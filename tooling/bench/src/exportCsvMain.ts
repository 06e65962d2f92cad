import { Effect } from "effect"
import { exportCsvBench } from "./exportCsv.ts"

/**
 * The export benchmark in a process of its own, started by `main.ts`, so its peak memory is the
 * export's and not what other benchmarks left behind.
 */
const schema = process.argv[2]
if (schema === undefined) throw new Error("usage: exportCsvMain.ts <schema>")
await Effect.runPromise(
  exportCsvBench(
    process.env.DATABASE_URL,
    schema,
    Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000),
  ),
)
