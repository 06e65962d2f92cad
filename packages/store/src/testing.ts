import { Layer } from "effect"
import { layerDatabase } from "./Database.ts"
import { layerPostgresSchema } from "./testing/PostgresSchema.ts"
import { RepositoriesSql } from "./Store.ts"

export { acrossCouncils } from "./testing/acrossCouncils.ts"
export { countRows } from "./testing/countRows.ts"
export { seedBudgets } from "./testing/seedBudgets.ts"

/** Which database the test suites run on: PostgreSQL when `DATABASE_URL` is set, else PGlite. */
export const testDatabaseKind = (): "postgres" | "pglite" =>
  process.env.DATABASE_URL ? "postgres" : "pglite"

/**
 * A fresh, migrated database for one test suite: an in-memory PGlite, or, with
 * `DATABASE_URL`, a throwaway schema on that PostgreSQL, dropped when the suite ends.
 */
export const layerTestDatabase = () => {
  const url = process.env.DATABASE_URL
  return url ? layerPostgresSchema(url) : layerDatabase({})
}

/** Core's repositories on a fresh test database. */
export const layerTestStore = () => RepositoriesSql.pipe(Layer.provideMerge(layerTestDatabase()))

export {
  layerTestExports,
  layerTestRuntime,
  makeTestClock,
  makeTestManagedRuntime,
  runAs,
  type TestClockControl,
} from "./testing/runtime.ts"
