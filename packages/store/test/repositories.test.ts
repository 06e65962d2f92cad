import { assert, describe, layer } from "@effect/vitest"
import { createBudget, getBudget, listBudgets, registerPerson } from "@openpb/core"
import { Effect, Exit } from "effect"
import { countRows, layerTestStore, testDatabaseKind } from "../src/testing.ts"
import { actorIn, councilA, councilB } from "./support.ts"

describe(`repositories on ${testDatabaseKind()}`, () => {
  layer(layerTestStore(), { excludeTestServices: true })((it) => {
    it.effect("a person and a budget round-trip through the database", () =>
      Effect.gen(function* () {
        const person = yield* registerPerson({
          givenName: "Ada",
          familyName: "Osei",
          dateOfBirth: "1980-02-29",
        })
        const budget = yield* createBudget({
          personId: person.id,
          amountPence: 1_234_567,
          fundingStreams: [
            { stream: "council-social-care", amountPence: 1_000_000 },
            { stream: "nhs-health", amountPence: 234_567 },
          ],
          deliveryMechanism: "direct-payment",
        })
        const read = yield* getBudget({ budgetId: budget.id })
        assert.deepStrictEqual(read, budget)
        assert.strictEqual(read.amountPence, 1_234_567)
      }).pipe(Effect.provide(actorIn(councilA))),
    )

    it.effect("another council cannot read the budget", () =>
      Effect.gen(function* () {
        const person = yield* registerPerson({ givenName: "Bea", familyName: "Kaur" })
        const budget = yield* createBudget({
          personId: person.id,
          amountPence: 500,
          fundingStreams: [{ stream: "council-social-care", amountPence: 500 }],
          deliveryMechanism: "notional",
        })
        const exit = yield* getBudget({ budgetId: budget.id }).pipe(
          Effect.provide(actorIn(councilB)),
          Effect.exit,
        )
        assert.isTrue(Exit.isFailure(exit))
        const page = yield* listBudgets({}).pipe(Effect.provide(actorIn(councilB)))
        assert.strictEqual(page.items.length, 0)
      }).pipe(Effect.provide(actorIn(councilA))),
    )

    it.effect("pages walk every budget once, in creation order", () =>
      Effect.gen(function* () {
        const person = yield* registerPerson({ givenName: "Cai", familyName: "Ng" })
        for (let i = 0; i < 7; i++) {
          yield* createBudget({
            personId: person.id,
            amountPence: 100 + i,
            fundingStreams: [{ stream: "council-social-care", amountPence: 100 + i }],
            deliveryMechanism: "notional",
          })
        }
        const total = yield* countRows("budgets")
        const seen: Array<string> = []
        let after: string | undefined
        for (;;) {
          const page = yield* listBudgets(after === undefined ? { first: 3 } : { first: 3, after })
          seen.push(...page.items.map((b) => b.id))
          if (!page.hasNextPage) break
          after = page.endCursor ?? undefined
        }
        assert.strictEqual(seen.length, total)
        assert.strictEqual(new Set(seen).size, total)
        assert.deepStrictEqual([...seen].sort(), seen)
      }).pipe(Effect.provide(actorIn(councilA))),
    )

    it.effect("a command that fails inside its transaction leaves no rows", () =>
      Effect.gen(function* () {
        const before = yield* Effect.all([countRows("budgets"), countRows("domain_events")])
        const exit = yield* createBudget({
          personId: "0190b6c2-0000-7000-8000-000000000000",
          amountPence: 10,
          fundingStreams: [{ stream: "council-social-care", amountPence: 10 }],
          deliveryMechanism: "notional",
        }).pipe(Effect.exit)
        assert.isTrue(Exit.isFailure(exit))
        const after = yield* Effect.all([countRows("budgets"), countRows("domain_events")])
        assert.deepStrictEqual(after, before)
      }).pipe(Effect.provide(actorIn(councilA))),
    )

    it.effect("every change appends its domain event", () =>
      Effect.gen(function* () {
        const before = yield* countRows("domain_events")
        const person = yield* registerPerson({ givenName: "Dev", familyName: "Shah" })
        yield* createBudget({
          personId: person.id,
          amountPence: 1,
          fundingStreams: [{ stream: "nhs-health", amountPence: 1 }],
          deliveryMechanism: "third-party",
        })
        assert.strictEqual(yield* countRows("domain_events"), before + 2)
      }).pipe(Effect.provide(actorIn(councilA))),
    )
  })
})
