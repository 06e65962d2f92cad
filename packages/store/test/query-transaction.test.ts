import {
  Actor,
  AuditLog,
  Contracts,
  CurrentActor,
  type DeploymentServices,
  invokeUseCase,
  invokeUseCaseForEach,
  PersonNotFound,
  registerPerson,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Effect, Layer, ManagedRuntime, Result } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, describe, expect, it } from "vitest"
import { RepositoriesSql } from "../src/Store.ts"
import { layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { councilA, councilB } from "./support.ts"

/**
 * The store's repositories built on a SqlClient that counts the transactions opened through it
 * (savepoints included): what a use case costs in transactions, whatever its statements.
 */
const counted = { transactions: 0 }
const countingSqlClient = Layer.effect(
  SqlClient.SqlClient,
  Effect.map(
    SqlClient.SqlClient,
    (sql) =>
      new Proxy(sql, {
        get: (target, property, receiver) =>
          property === "withTransaction"
            ? <A, E, R>(effect: Effect.Effect<A, E, R>) => {
                counted.transactions++
                return target.withTransaction(effect)
              }
            : Reflect.get(target, property, receiver),
      }),
  ),
)

describe(`a query use case runs in one council-scoped transaction, on ${testDatabaseKind()}`, () => {
  const base = layerTestRuntime(EnglandDefaultPolicies)
  const runtime = ManagedRuntime.make(
    Layer.fresh(RepositoriesSql).pipe(
      Layer.provide(countingSqlClient),
      Layer.provideMerge(base),
    ) as Layer.Layer<DeploymentServices | SqlClient.SqlClient>,
  )
  afterAll(() => runtime.dispose())
  const officer = (councilId: typeof councilA) =>
    new Actor({ subject: `officer@${councilId}`, roles: ["council-admin"], councilId })
  const transactionsOf = async <A>(call: () => Promise<A>) => {
    const before = counted.transactions
    const result = await call().catch((error: unknown) => error)
    return { result, transactions: counted.transactions - before }
  }

  it("reads, checks access and records the read in one transaction, and still sees only its council", async () => {
    const person = await runtime.runPromise(
      registerPerson({ givenName: "One", familyName: "Transaction" }).pipe(
        Effect.provideService(CurrentActor, officer(councilA)),
      ),
    )
    const read = await transactionsOf(() =>
      runtime.runPromise(
        invokeUseCase(Contracts.GetPerson, { personId: person.id }).pipe(
          Effect.provideService(CurrentActor, officer(councilA)),
        ),
      ),
    )
    expect(read.result).toMatchObject({ id: person.id, givenName: "One" })
    expect(read.transactions).toBe(1)

    const list = await transactionsOf(() =>
      runtime.runPromise(
        invokeUseCase(Contracts.ListBudgets, { first: 20 }).pipe(
          Effect.provideService(CurrentActor, officer(councilA)),
        ),
      ),
    )
    expect(list.transactions).toBe(1)

    // Row-level security still holds inside it: another council's person does not exist.
    const foreign = await transactionsOf(() =>
      runtime.runPromise(
        invokeUseCase(Contracts.GetPerson, { personId: person.id }).pipe(
          Effect.provideService(CurrentActor, officer(councilB)),
        ),
      ),
    )
    expect(foreign.result).toBeInstanceOf(PersonNotFound)

    // The read was recorded once, committed with its transaction; the one that found no one
    // in the other council left no record there.
    const trailOf = (councilId: typeof councilA) =>
      runtime.runPromise(
        Effect.flatMap(AuditLog, (log) =>
          log.search({ councilId, personId: person.id, limit: 10 }),
        ),
      )
    const reads = (await trailOf(councilA)).filter((entry) => entry.operation === "person.read")
    expect(reads).toHaveLength(1)
    expect(await trailOf(councilB)).toHaveLength(0)
  })

  it("answers many of one query in one transaction, each row alone, recording only the rows answered", async () => {
    const [mine, theirs] = await Promise.all(
      [councilA, councilB].map((councilId) =>
        runtime.runPromise(
          registerPerson({ givenName: "Many", familyName: councilId }).pipe(
            Effect.provideService(CurrentActor, officer(councilId)),
          ),
        ),
      ),
    )
    const unknown = "0190b6c2-0000-7000-8000-0000000000ff"
    const batch = await transactionsOf(() =>
      runtime.runPromise(
        invokeUseCaseForEach(Contracts.GetPerson, [
          { personId: mine!.id },
          { personId: theirs!.id },
          { personId: unknown },
          { personId: "not an id" },
        ]).pipe(Effect.provideService(CurrentActor, officer(councilA))),
      ),
    )
    expect(batch.transactions).toBe(1)
    const answers = batch.result as ReadonlyArray<Result.Result<unknown, unknown>>
    expect(answers.map((answer) => (Result.isSuccess(answer) ? "answered" : "refused"))).toEqual([
      "answered",
      "refused",
      "refused",
      "refused",
    ])
    expect(answers[0]).toMatchObject({ success: { id: mine!.id, givenName: "Many" } })
    expect(Result.isFailure(answers[1]!) && answers[1].failure).toBeInstanceOf(PersonNotFound)
    const readsOf = (personId: string) =>
      runtime
        .runPromise(
          Effect.flatMap(AuditLog, (log) =>
            log.search({ councilId: councilA, personId, limit: 10 }),
          ),
        )
        .then((trail) => trail.filter((entry) => entry.operation === "person.read"))
    expect(await readsOf(mine!.id)).toHaveLength(1)
    expect(await readsOf(theirs!.id)).toHaveLength(0)
    expect(await readsOf(unknown)).toHaveLength(0)
  })
})
