import { assert, describe, it } from "@effect/vitest"
import { type Context, Effect, Layer, Ref, Result, Schema } from "effect"
import * as fc from "fast-check"
import {
  type Budget,
  createBudget,
  FundingStreamKind,
  listBudgets,
  MAX_PENCE,
  Pence,
  registerPerson,
} from "../src/index.ts"
import { actorOf, InMemoryState, layerInMemory } from "./inMemory.ts"

/** One in-memory world for a whole property, so what each run writes adds up. */
const buildWorld = Layer.build(Layer.merge(layerInMemory(), actorOf("northmere")))

const runnerIn =
  <R>(world: Context.Context<R>) =>
  <A, E>(effect: Effect.Effect<A, E, R>): Promise<A> =>
    Effect.runPromise(Effect.provide(effect, world))

const counts = Effect.gen(function* () {
  const s = yield* Ref.get(yield* InMemoryState)
  return { people: s.people.size, budgets: s.budgets.size, events: s.events.length }
})

const streamArb = fc.record({
  stream: fc.constantFrom(...FundingStreamKind.literals),
  amountPence: fc.oneof(
    fc.integer({ min: -10, max: 2_000_000 }),
    fc.double({ min: 0, max: 100, noNaN: true }),
  ),
})

describe("money", () => {
  it("Pence accepts exactly the whole numbers from 0 to the bound", () => {
    const isPence = Schema.is(Pence)
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, MAX_PENCE, MAX_PENCE + 1, -0.5)),
        (n) => {
          assert.strictEqual(isPence(n), Number.isInteger(n) && n >= 0 && n <= MAX_PENCE)
        },
      ),
    )
  })
})

describe("createBudget", () => {
  it.live(
    "accepts a budget exactly when its distinct streams add up to its amount, and writes nothing otherwise",
    () =>
      Effect.gen(function* () {
        const world = yield* buildWorld
        const run = runnerIn(world)
        const person = yield* Effect.promise(() =>
          run(registerPerson({ givenName: "Ada", familyName: "Osei" })),
        )
        yield* Effect.promise(() =>
          fc.assert(
            fc.asyncProperty(
              fc.integer({ min: -5, max: 3_000_000 }),
              fc.array(streamArb, { minLength: 0, maxLength: 3 }),
              // A budget made on its own has no plan lines to say which part is held how.
              fc.constantFrom("notional", "third-party", "direct-payment", "mixed", "cash"),
              async (amountPence, fundingStreams, deliveryMechanism) => {
                const before = await run(counts)
                const result = await run(
                  Effect.result(
                    createBudget({
                      personId: person.id,
                      amountPence,
                      fundingStreams,
                      deliveryMechanism,
                    }),
                  ),
                )
                const after = await run(counts)
                const amounts = fundingStreams.map((s) => s.amountPence)
                const valid =
                  Number.isInteger(amountPence) &&
                  amountPence >= 0 &&
                  fundingStreams.length > 0 &&
                  amounts.every((a) => Number.isInteger(a) && a >= 0) &&
                  new Set(fundingStreams.map((s) => s.stream)).size === fundingStreams.length &&
                  amounts.reduce((x, y) => x + y, 0) === amountPence &&
                  deliveryMechanism !== "cash" &&
                  deliveryMechanism !== "mixed"
                assert.strictEqual(Result.isSuccess(result), valid)
                if (Result.isSuccess(result)) {
                  assert.strictEqual(result.success.amountPence, amountPence)
                  assert.deepStrictEqual(after, {
                    ...before,
                    budgets: before.budgets + 1,
                    events: before.events + 1,
                  })
                } else {
                  assert.strictEqual(result.failure._tag, "InvalidInput")
                  assert.deepStrictEqual(after, before)
                }
              },
            ),
            { numRuns: 300 },
          ),
        )
      }).pipe(Effect.scoped),
  )

  it.live("refuses a person of another council as unknown, and writes nothing", () =>
    Effect.gen(function* () {
      const person = yield* registerPerson({ givenName: "Bea", familyName: "Kaur" }).pipe(
        Effect.provide(actorOf("southfold")),
      )
      const before = yield* counts
      const error = yield* createBudget({
        personId: person.id,
        amountPence: 100,
        fundingStreams: [{ stream: "nhs-health", amountPence: 100 }],
        deliveryMechanism: "notional",
      }).pipe(Effect.flip)
      assert.strictEqual(error._tag, "PersonNotFound")
      assert.deepStrictEqual(yield* counts, before)
    }).pipe(Effect.provide(Layer.merge(layerInMemory(), actorOf("northmere")))),
  )

  it.live("names the failing path in bad input", () =>
    Effect.gen(function* () {
      const error = yield* createBudget({
        personId: "not-a-uuid",
        amountPence: 10,
        fundingStreams: [{ stream: "council-social-care", amountPence: 1.5 }],
        deliveryMechanism: "notional",
      }).pipe(Effect.flip)
      assert.strictEqual(error._tag, "InvalidInput")
      if (error._tag !== "InvalidInput") return
      const paths = error.issues.map((i) => i.path.join("."))
      assert.includeMembers(paths, ["personId", "fundingStreams.0.amountPence"])
    }).pipe(Effect.provide(Layer.merge(layerInMemory(), actorOf("northmere")))),
  )
})

describe("listBudgets", () => {
  it.live("walks every budget exactly once in id order, whatever the page size", () =>
    Effect.gen(function* () {
      const world = yield* buildWorld
      const run = runnerIn(world)
      const person = yield* Effect.promise(() =>
        run(registerPerson({ givenName: "Cai", familyName: "Ng" })),
      )
      const created: Array<Budget> = []
      for (let i = 0; i < 23; i++) {
        created.push(
          yield* Effect.promise(() =>
            run(
              createBudget({
                personId: person.id,
                amountPence: i,
                fundingStreams: [{ stream: "council-social-care", amountPence: i }],
                deliveryMechanism: "notional",
              }),
            ),
          ),
        )
      }
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(fc.integer({ min: 1, max: 30 }), async (first) => {
            const seen: Array<string> = []
            let after: string | undefined
            for (;;) {
              const page = await run(
                listBudgets(after === undefined ? { first } : { first, after }),
              )
              assert.isAtMost(page.items.length, first)
              seen.push(...page.items.map((b) => b.id))
              if (!page.hasNextPage) break
              after = page.endCursor ?? undefined
            }
            assert.deepStrictEqual(seen, created.map((b) => b.id).sort())
          }),
          { numRuns: 30 },
        ),
      )
    }).pipe(Effect.scoped),
  )

  it.live("refuses a cursor it did not make", () =>
    Effect.gen(function* () {
      const error = yield* listBudgets({ after: "bm90LWEtaWQ" }).pipe(Effect.flip)
      assert.strictEqual(error._tag, "InvalidInput")
    }).pipe(Effect.provide(Layer.merge(layerInMemory(), actorOf("northmere")))),
  )
})
