import { assert, layer } from "@effect/vitest"
import { Actor, AuditLog, CurrentActor, type Role, startExport } from "@openpb/core"
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
    it.effect("a refused startExport records nothing; a started one records the run", () =>
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
        yield* startExport({ exporterId: "budgets", format: "csv" }).pipe(as("started", "finance"))
        const trail = yield* trailOf("started")
        assert.deepStrictEqual(trail.map((e) => [e.operation, e.kind]).sort(), [
          ["export.budgets", "read"],
          ["export.run", "write"],
        ])
      }),
    )
  },
)
