import { PGlite } from "@electric-sql/pglite"
import { PgClient } from "@effect/sql-pg"
import { Context, Effect, Layer, Semaphore, Stream } from "effect"
import { Reactivity } from "effect/reactivity"
import { SqlClient, type SqlConnection } from "effect/sql"
import { SqlError } from "effect/sql/SqlError"
import { classifySqlState } from "./SqlState.ts"

export interface PgliteConfig {
  /** A directory that keeps the data across restarts; in memory when absent. */
  readonly dataDir?: string | undefined
  /** A tarball made by `dumpDataDir`, to start from a prepared database quickly. */
  readonly loadDataDir?: Blob | undefined
}

/** The embedded database itself, for what only PGlite can do (dumps, close). */
export class Pglite extends Context.Service<Pglite, PGlite>()("@openpb/store/Pglite") {}

/**
 * The embedded database's one connection, taken between the SqlClient's statements and
 * transactions: for a library that talks to PGlite itself (the job queue), which must never
 * run a statement inside a transaction of ours.
 */
export class PgliteExclusive extends Context.Service<
  PgliteExclusive,
  <A>(use: (db: PGlite) => Promise<A>) => Promise<A>
>()("@openpb/store/PgliteExclusive") {}

const toSqlError = (cause: unknown, operation: string) => {
  const fields = cause as { code?: string; constraint?: string; message?: string }
  return new SqlError({
    reason: classifySqlState(fields.code, fields.constraint, {
      cause,
      message: `PGlite: ${fields.message ?? "query failed"}`,
      operation,
    }),
  })
}

/**
 * An effect `SqlClient` on PGlite. PGlite has a single connection, so a one-permit
 * semaphore is held for each statement and for a whole transaction: without it another
 * fiber's statement would run inside someone else's transaction.
 */
export const makePgliteClient = Effect.fnUntraced(function* (
  db: PGlite,
  lock: Semaphore.Semaphore = Semaphore.makeUnsafe(1),
) {
  const run = (
    sql: string,
    params: ReadonlyArray<unknown>,
    rowMode: "object" | "array" = "object",
  ) =>
    Effect.tryPromise({
      try: () => db.query<Record<string, unknown>>(sql, params as Array<unknown>, { rowMode }),
      catch: (cause) => toSqlError(cause, "query"),
    })
  const connection: SqlConnection.Connection = {
    execute: (sql, params, transformRows) =>
      run(sql, params).pipe(
        Effect.map((result) => (transformRows ? transformRows(result.rows) : result.rows)),
      ),
    executeRaw: (sql, params) => run(sql, params),
    executeStream: (sql, params, transformRows) =>
      Stream.fromIterableEffect(
        run(sql, params).pipe(
          Effect.map((result) => (transformRows ? transformRows(result.rows) : result.rows)),
        ),
      ),
    executeValues: (sql, params) =>
      run(sql, params, "array").pipe(
        Effect.map((result) => result.rows as unknown as ReadonlyArray<ReadonlyArray<unknown>>),
      ),
    executeValuesUnprepared: (sql, params) =>
      run(sql, params, "array").pipe(
        Effect.map((result) => result.rows as unknown as ReadonlyArray<ReadonlyArray<unknown>>),
      ),
    executeUnprepared: (sql, params, transformRows) =>
      run(sql, params).pipe(
        Effect.map((result) => (transformRows ? transformRows(result.rows) : result.rows)),
      ),
  }
  const acquirer = Effect.as(lock.takeScoped(1), connection)
  return yield* SqlClient.make({
    driver: "pglite",
    acquirer,
    transactionAcquirer: acquirer,
    compiler: PgClient.makeCompiler(),
    spanAttributes: [["db.system.name", "postgresql"]],
  })
})

/** A SqlClient layer backed by PGlite, opened for the layer's lifetime and closed after. */
export const layerPglite = (config: PgliteConfig = {}) =>
  Layer.effectContext(
    Effect.gen(function* () {
      const db = yield* Effect.acquireRelease(
        Effect.promise(() =>
          PGlite.create({
            ...(config.dataDir === undefined ? {} : { dataDir: config.dataDir }),
            ...(config.loadDataDir === undefined ? {} : { loadDataDir: config.loadDataDir }),
            // Pence are bigint columns; keep the driver's text so both drivers agree.
            parsers: { 20: (value: string) => BigInt(value) },
          }),
        ),
        (db) => Effect.promise(() => db.close()),
      )
      const lock = Semaphore.makeUnsafe(1)
      const client = yield* makePgliteClient(db, lock)
      const exclusive = <A>(use: (db: PGlite) => Promise<A>) =>
        Effect.runPromise(lock.withPermits(1)(Effect.promise(() => use(db))))
      return Context.make(SqlClient.SqlClient, client).pipe(
        Context.add(Pglite, db),
        Context.add(PgliteExclusive, exclusive),
      )
    }),
  ).pipe(Layer.provide(Reactivity.layer))
