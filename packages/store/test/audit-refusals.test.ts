import { assert, layer } from "@effect/vitest"
import {
  Actor,
  AuditLog,
  CurrentActor,
  cancelExport,
  getExportRun,
  type Role,
  startExport,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Effect, Exit } from "effect"
import { layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { councilA } from "./support.ts"

const trailOf = (subject: string) =>
  Effect.flatMap(AuditLog, (log) =>
    log.search({ councilId: councilA, actorSubject: subject, limit: 100 }),
  )

const as = (subject: string, role: Role) =>
  Effect.provideService(CurrentActor, new Actor({ subject, roles: [role], councilId: councilA }))

layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })(
  `a refused call leaves no audit record of what it did not do, on ${testDatabaseKind()}`,
  (it) => {
    it.effect(
      "a refused startExport or cancelExport records nothing; a started export records the run",
      () =>
        Effect.gen(function* () {
          // A person-level exporter for an aggregate-only role, an unknown format, parameters the
          // exporter does not take, an exporter that does not exist: each refused, none recorded.
          const refusals = [
            ["commissioner", { exporterId: "budgets", format: "csv" }],
            ["finance", { exporterId: "budgets", format: "pdf" }],
            ["finance", { exporterId: "budgets", format: "csv", parameters: { extra: 1 } }],
            ["finance", { exporterId: "no-such-exporter", format: "csv" }],
          ] as const
          for (const [role, input] of refusals) {
            const subject = `refused-${role}-${input.exporterId}-${input.format}`
            const refused = yield* Effect.exit(startExport(input).pipe(as(subject, role)))
            assert.isTrue(Exit.isFailure(refused), subject)
            assert.deepStrictEqual(yield* trailOf(subject), [], subject)
          }
          yield* startExport({ exporterId: "budgets", format: "csv" }).pipe(
            as("started", "finance"),
          )
          // Cancelling a run that does not exist, or one that has ended: refused, nothing recorded.
          const ended = yield* startExport({ exporterId: "budgets", format: "csv" }).pipe(
            as("ender", "finance"),
          )
          // The empty council's export ends at once; wait for it to say so.
          for (let tries = 0; tries < 100; tries++) {
            const run = yield* getExportRun({ runId: ended.id }).pipe(as("ender", "finance"))
            if (run.status !== "running") break
            yield* Effect.sleep("100 millis")
          }
          for (const runId of [ended.id, "01900000-0000-7000-8000-000000000000"]) {
            const subject = `canceller-${runId}`
            const refused = yield* Effect.exit(cancelExport({ runId }).pipe(as(subject, "finance")))
            assert.isTrue(Exit.isFailure(refused), subject)
            assert.deepStrictEqual(yield* trailOf(subject), [], subject)
          }
          const trail = yield* trailOf("started")
          assert.deepStrictEqual(trail.map((e) => [e.operation, e.kind]).sort(), [
            ["export.budgets", "read"],
            ["export.run", "write"],
          ])
        }),
    )
  },
)
