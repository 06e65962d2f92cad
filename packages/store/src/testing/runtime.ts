import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  type Actor,
  type AnyExporter,
  budgetsExporter,
  CurrentActor,
  type DeploymentServices,
  type RunUseCase,
} from "@openpb/core"
import { Clock, Duration, Effect, Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { layerTestDatabase } from "../testing.ts"
import { layerExports } from "../exports/layerExports.ts"
import { RepositoriesSql } from "../Store.ts"
import { layerInProcessJobs } from "../jobs/InProcessJobs.ts"

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

/**
 * What a test deployment exports with: the given exporters (the budgets exporter by default),
 * files in `directory` (a fresh temporary one by default), and the runs in flight.
 */
export const layerTestExports = (
  exporters: ReadonlyArray<AnyExporter> = [budgetsExporter],
  directory: string = mkdtempSync(join(tmpdir(), "openpb-test-exports-")),
) => layerExports(exporters, directory)

/** Core's repositories on a fresh test database, with the given policies and exports beside them. */
export const layerTestRuntime = <P, E>(policies: Layer.Layer<P, E>) =>
  layerInProcessJobs.pipe(
    Layer.provideMerge(Layer.mergeAll(RepositoriesSql, policies, layerTestExports())),
    Layer.provideMerge(layerTestDatabase()),
  )

/** One runtime over a fresh test database and the given policies, as a server process holds. */
export const makeTestManagedRuntime = <P, E>(policies: Layer.Layer<P, E>) =>
  ManagedRuntime.make(
    layerTestRuntime(policies) as Layer.Layer<DeploymentServices | SqlClient.SqlClient>,
  )

/** Runs use cases as one actor, and at a test clock's time when one is given. */
export const runAs =
  (
    runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>,
    actor: Actor,
    clock?: Clock.Clock,
  ): RunUseCase =>
  (effect) =>
    runtime.runPromise(
      effect.pipe(
        Effect.provideService(CurrentActor, actor),
        clock === undefined ? (e) => e : Effect.provideService(Clock.Clock, clock),
      ),
    )
