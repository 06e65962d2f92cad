import {
  Actor,
  CouncilId,
  CurrentActor,
  type DeploymentServices,
  type RunUseCase,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { countRows, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { TRPCError } from "@trpc/server"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { appRouter } from "../src/index.ts"

const council = CouncilId.make("northmere")
const actor = new Actor({ subject: "trpc-test", roles: ["council-admin"], councilId: council })

let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  await runtime.runPromise(Effect.void)
})
afterAll(() => runtime.dispose())

const run: RunUseCase = (effect) =>
  runtime.runPromise(Effect.provideService(effect, CurrentActor, actor))
const caller = () => appRouter.createCaller({ run, requestId: "test-request" })
const rows = () =>
  runtime.runPromise(
    Effect.all({
      people: countRows("people"),
      budgets: countRows("budgets"),
      events: countRows("domain_events"),
    }),
  )

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TRPCError)
  return error as TRPCError
}

describe(`tRPC router on ${testDatabaseKind()}`, () => {
  it("registers a person, creates a budget and lists it", async () => {
    const person = await caller().person.register({ givenName: "Ada", familyName: "Osei" })
    const budget = await caller().budget.create({
      personId: person.id,
      amountPence: 250_000,
      fundingStreams: [{ stream: "council-social-care", amountPence: 250_000 }],
      deliveryMechanism: "direct-payment",
    })
    expect(budget).toMatchObject({
      personId: person.id,
      amountPence: 250_000,
      status: "indicative",
    })
    const page = await caller().budget.list({ first: 100 })
    expect(page.items.map((b) => b.id)).toContain(budget.id)
    expect(await caller().budget.get({ budgetId: budget.id })).toEqual(budget)
  })

  const badInputs: ReadonlyArray<[string, Record<string, unknown>, string, string]> = [
    ["negative pence", { amountPence: -1 }, "BAD_REQUEST", "amountPence"],
    ["fractional pence", { amountPence: 10.5 }, "BAD_REQUEST", "amountPence"],
    ["a malformed id", { personId: "not-an-id" }, "BAD_REQUEST", "personId"],
    ["a missing field", { deliveryMechanism: undefined }, "BAD_REQUEST", "deliveryMechanism"],
    [
      "streams that do not add up",
      { fundingStreams: [{ stream: "nhs-health", amountPence: 1 }] },
      "BAD_REQUEST",
      "fundingStreams",
    ],
    ["an unknown person", { personId: "0190b6c2-0000-7000-8000-0000000000ff" }, "NOT_FOUND", ""],
  ]

  it.each(badInputs)(
    "refuses %s with a typed error and writes nothing",
    async (_, patch, code, path) => {
      const person = await caller().person.register({ givenName: "Bea", familyName: "Kaur" })
      const before = await rows()
      const input = {
        personId: person.id,
        amountPence: 100,
        fundingStreams: [{ stream: "council-social-care", amountPence: 100 }],
        deliveryMechanism: "notional",
        ...patch,
      }
      const error = await failure(caller().budget.create(input as never))
      expect(error.code).toBe(code)
      if (path) {
        const issues =
          (error.cause as { issues?: ReadonlyArray<{ path: ReadonlyArray<string> }> }).issues ?? []
        expect(issues[0]?.path.join(".")).toMatch(new RegExp(`^${path}`))
      }
      expect(await rows()).toEqual(before)
    },
  )

  it("answers NOT_FOUND for a budget of no one", async () => {
    const error = await failure(
      caller().budget.get({ budgetId: "0190b6c2-0000-7000-8000-0000000000ee" }),
    )
    expect(error.code).toBe("NOT_FOUND")
  })
})
