import { StaleVersion } from "@openpb/core"
import { Effect } from "effect"

/** Drivers differ in how they hand back timestamps and bigints; these agree on one shape. */
export const instantToIso = (value: unknown): string =>
  (value instanceof Date ? value : new Date(String(value))).toISOString()

export const toSafeNumber = (value: unknown): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n))
    throw new Error(`Expected a safe integer from the database, got ${String(value)}`)
  return n
}

export const parseJson = <A>(value: unknown): A =>
  (typeof value === "string" ? JSON.parse(value) : value) as A

/**
 * Optimistic concurrency: an update guarded by `version = expected` touched exactly one row,
 * or someone else changed the record first.
 */
export const updatedOne =
  (entity: string, id: string, expectedVersion: number) =>
  (rows: ReadonlyArray<unknown>): Effect.Effect<void, StaleVersion> =>
    rows.length === 1 ? Effect.void : Effect.fail(new StaleVersion({ entity, id, expectedVersion }))
