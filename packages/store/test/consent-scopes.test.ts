import { assert, describe, it } from "@effect/vitest"
import {
  Actor,
  addCarer,
  type ConsentScope,
  ConsentScope as ConsentScopeSchema,
  CurrentActor,
  getBudget,
  getJourney,
  listDecisions,
  londonDateOf,
  PersonId,
  recordSpending,
  setCarerConsent,
  type UseCaseServices,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Effect, Exit, Layer, Predicate } from "effect"
import * as fc from "fast-check"
import { countRows, layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, councilId, finance } from "./ledgerSupport.ts"

const scopeSet = fc.subarray([...ConsentScopeSchema.literals])

describe(`a carer's consent scopes on ${testDatabaseKind()}`, () => {
  it.live(
    "after any sequence of consents given and withdrawn, the carer can do exactly what the scopes in force cover, and each change is one event per scope",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(layerTestRuntime(EnglandDefaultPolicies))
        const run = <A, E>(actor: Actor, effect: Effect.Effect<A, E, UseCaseServices>) =>
          Effect.runPromiseExit(
            effect.pipe(Effect.provideService(CurrentActor, actor), Effect.provide(context)),
          )
        const ok = async <A, E>(actor: Actor, effect: Effect.Effect<A, E, UseCaseServices>) => {
          const exit = await run(actor, effect)
          if (Exit.isFailure(exit)) throw new Error(String(exit.cause))
          return exit.value
        }
        /** Whether access let the call through; `after` names errors that can only come after it. */
        const refusedOrOk = async <A, E>(
          actor: Actor,
          effect: Effect.Effect<A, E, UseCaseServices>,
          after: ReadonlyArray<string> = [],
        ) => {
          const exit = await run(actor, effect)
          if (Exit.isSuccess(exit)) return { allowed: true, value: exit.value }
          const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
          const tag =
            failure?._tag === "Fail" && Predicate.hasProperty(failure.error, "_tag")
              ? String(failure.error._tag)
              : undefined
          if (tag === "Forbidden") return { allowed: false, value: undefined }
          if (tag !== undefined && after.includes(tag)) return { allowed: true, value: undefined }
          throw new Error(String(exit.cause))
        }
        // The consent command writes only its own events, so the change in the count is theirs.
        const consentEvents = () =>
          Effect.runPromise(countRows("domain_events").pipe(Effect.provide(context)))

        let n = 0
        yield* Effect.promise(() =>
          fc.assert(
            fc.asyncProperty(fc.array(scopeSet, { minLength: 1, maxLength: 5 }), async (steps) => {
              const { personId, journeyId, budgetId } = await ok(
                finance,
                activeBudget(`Consent${n++}`),
              )
              const subject = `carer-${n}`
              const carer = await ok(
                finance,
                addCarer({ personId, name: "A carer", relationship: "friend", subject }),
              )
              const self = new Actor({
                subject: `person-${n}`,
                roles: ["person"],
                councilId,
                personId: PersonId.make(personId),
              })
              const asCarer = new Actor({ subject, roles: ["carer"], councilId })
              let before: ReadonlyArray<ConsentScope> = []
              for (const [i, scopes] of steps.entries()) {
                const eventsBefore = await consentEvents()
                const after = await ok(self, setCarerConsent({ carerId: carer.id, scopes }))
                assert.deepStrictEqual([...after.consentScopes].sort(), [...scopes].sort())
                const changed =
                  scopes.filter((s) => !before.includes(s)).length +
                  before.filter((s) => !scopes.includes(s)).length
                assert.strictEqual((await consentEvents()) - eventsBefore, changed)
                before = scopes

                const journey = await refusedOrOk(asCarer, getJourney({ journeyId }))
                assert.strictEqual(journey.allowed, scopes.includes("view-plan"))
                if (journey.value)
                  assert.strictEqual(
                    journey.value.journey.financial !== null,
                    scopes.includes("view-finances"),
                  )
                const decisions = await refusedOrOk(asCarer, listDecisions({ personId }))
                if (decisions.value)
                  assert.strictEqual(
                    decisions.value.some((d) => d.kind === "financial-assessment"),
                    scopes.includes("view-finances"),
                  )
                const budget = await refusedOrOk(asCarer, getBudget({ budgetId }))
                assert.strictEqual(budget.allowed, scopes.includes("view-money"))
                const spent = await refusedOrOk(
                  asCarer,
                  recordSpending({
                    budgetId,
                    idempotencyKey: `consent-${n}-${i}`,
                    lineId: "l1",
                    category: "personal-assistant",
                    stream: "council-social-care",
                    mechanism: "direct-payment",
                    amountPence: 100,
                    date: londonDateOf(Date.now()),
                    payee: "A personal assistant",
                  }),
                  // Nothing has been paid into the direct payment yet: only a carer let through gets this far.
                  ["InsufficientFunds"],
                )
                assert.strictEqual(spent.allowed, scopes.includes("record-spending"))
              }
            }),
            { numRuns: 15 },
          ),
        )
      }),
    120_000,
  )
})
