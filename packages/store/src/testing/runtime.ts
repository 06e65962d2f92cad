import { type Clock, Duration, Effect, Layer } from "effect"
import { layerTestDatabase } from "../testing.ts"
import { RepositoriesSql } from "../Store.ts"

export interface TestClockControl {
  readonly clock: Clock.Clock
  advanceDays(days: number): void
}

/**
 * A wall clock that tests move forward by whole days, so journeys that run for months
 * (reviews, contingency that ends by itself) are tested without waiting.
 */
export const makeTestClock = (start = Date.UTC(2026, 10, 24, 9, 0, 0)): TestClockControl => {
  let now = start
  const clock: Clock.Clock = {
    currentTimeMillisUnsafe: () => now,
    currentTimeMillis: Effect.sync(() => now),
    currentTimeNanosUnsafe: () => BigInt(now) * 1_000_000n,
    currentTimeNanos: Effect.sync(() => BigInt(now) * 1_000_000n),
    monotonicTimeNanosUnsafe: () => process.hrtime.bigint(),
    monotonicTimeNanos: Effect.sync(() => process.hrtime.bigint()),
    sleep: (duration) =>
      Effect.promise(
        () => new Promise((resolve) => setTimeout(resolve, Duration.toMillis(duration))),
      ),
  }
  return { clock, advanceDays: (days) => (now += days * 86_400_000) }
}

/** Core's repositories on a fresh test database, with the given policies beside them. */
export const layerTestRuntime = <P, E>(policies: Layer.Layer<P, E>) =>
  Layer.mergeAll(RepositoriesSql, policies).pipe(Layer.provideMerge(layerTestDatabase()))
