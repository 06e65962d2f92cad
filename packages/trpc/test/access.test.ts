import {
  Actor,
  CouncilId,
  CurrentActor,
  type DeploymentServices,
  PersonId,
  type Role,
  type RunUseCase,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { eligibleAssessment, referral } from "@openpb/scenarios"
import { countRows, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { TRPCError } from "@trpc/server"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { appRouter } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
const runAs =
  (actor: Actor): RunUseCase =>
  (effect) =>
    runtime.runPromise(Effect.provideService(effect, CurrentActor, actor))
const as = (actor: Actor) => appRouter.createCaller({ run: runAs(actor), requestId: "access-test" })
const actor = (
  subject: string,
  role: Role,
  extra: { personId?: string; councilId?: string } = {},
) =>
  new Actor({
    subject,
    roles: [role],
    councilId: CouncilId.make(extra.councilId ?? "northmere"),
    ...(extra.personId ? { personId: PersonId.make(extra.personId) } : {}),
  })

const admin = actor("admin", "council-admin")
let personId = ""
let journeyId = ""
let otherPersonId = ""

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  const person = await as(admin).person.register({ givenName: "Ada", familyName: "Osei" })
  const other = await as(admin).person.register({ givenName: "Bo", familyName: "Lind" })
  personId = person.id
  otherPersonId = other.id
  const journey = await as(admin).journey.refer({
    personId,
    referral,
    practitioner: "pat",
    adviser: "ade",
  })
  journeyId = journey.id
  await as(admin).journey.startAssessment({ journeyId })
  const consenting = await as(admin).carer.add({
    personId,
    name: "Cara Osei",
    relationship: "sister",
    subject: "cara",
  })
  await as(actor("ada", "person", { personId })).carer.setConsent({
    carerId: consenting.id,
    scopes: ["view-plan", "view-money"],
  })
  await as(admin).carer.add({
    personId,
    name: "Nico Osei",
    relationship: "brother",
    subject: "nico",
  })
})
afterAll(() => runtime.dispose())

const rows = () =>
  runtime.runPromise(
    Effect.all([
      countRows("journeys"),
      countRows("decisions"),
      countRows("domain_events"),
      countRows("challenges"),
    ]),
  )

const outcome = async (promise: Promise<unknown>) => {
  try {
    await promise
    return "ok"
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError)
    return (error as TRPCError).code
  }
}

describe(`who may do what, through tRPC, on ${testDatabaseKind()}`, () => {
  const readCases: ReadonlyArray<[string, () => Actor, string]> = [
    ["the person themself", () => actor("ada", "person", { personId }), "ok"],
    ["another person", () => actor("bo", "person", { personId: otherPersonId }), "FORBIDDEN"],
    ["a carer with consent", () => actor("cara", "carer", { personId }), "ok"],
    ["a carer without consent", () => actor("nico", "carer", { personId }), "FORBIDDEN"],
    ["the practitioner whose caseload it is", () => actor("pat", "practitioner"), "ok"],
    ["another practitioner", () => actor("pam", "practitioner"), "FORBIDDEN"],
    ["the assigned adviser", () => actor("ade", "adviser"), "ok"],
    ["an approver", () => actor("apo", "approver"), "ok"],
    ["a commissioner (aggregates only)", () => actor("com", "commissioner"), "FORBIDDEN"],
    ["a provider", () => actor("pro", "provider"), "FORBIDDEN"],
    [
      "a practitioner of another council",
      () => actor("pat", "practitioner", { councilId: "southfold" }),
      "NOT_FOUND",
    ],
  ]

  it.each(readCases)("reading the journey: %s -> %s", async (_, who, expected) => {
    expect(await outcome(as(who()).journey.get({ journeyId }))).toBe(expected)
  })

  const writeCases: ReadonlyArray<[string, () => Actor, string]> = [
    ["the practitioner whose caseload it is", () => actor("pat", "practitioner"), "ok"],
    ["another practitioner", () => actor("pam", "practitioner"), "FORBIDDEN"],
    ["the person themself", () => actor("ada", "person", { personId }), "FORBIDDEN"],
    ["a carer with consent", () => actor("cara", "carer", { personId }), "FORBIDDEN"],
    ["an approver", () => actor("apo", "approver"), "FORBIDDEN"],
    ["finance", () => actor("fin", "finance"), "FORBIDDEN"],
    ["an auditor", () => actor("aud", "auditor"), "FORBIDDEN"],
    [
      "a council admin of another council",
      () => actor("adm", "council-admin", { councilId: "southfold" }),
      "NOT_FOUND",
    ],
  ]

  it.each(writeCases)(
    "recording the assessment: %s -> %s, and a refusal writes nothing",
    async (_, who, expected) => {
      const before = await rows()
      const result = await outcome(
        as(who()).journey.recordAssessment({ journeyId, assessment: eligibleAssessment } as never),
      )
      expect(result).toBe(expected)
      if (expected !== "ok") expect(await rows()).toEqual(before)
    },
  )

  it("only an approver (or the system) approves a plan", async () => {
    expect(
      await outcome(
        as(actor("pat", "practitioner")).journey.decidePlan({
          journeyId,
          approve: true,
          reasons: ["x"],
        }),
      ),
    ).toBe("FORBIDDEN")
    // An approver passes the access check and meets the state machine instead.
    expect(
      await outcome(
        as(actor("apo", "approver")).journey.decidePlan({
          journeyId,
          approve: true,
          reasons: ["x"],
        }),
      ),
    ).toBe("CONFLICT")
  })

  it("a denial names the rule that denied it", async () => {
    try {
      await as(actor("com", "commissioner")).journey.get({ journeyId })
      expect.unreachable()
    } catch (error) {
      const cause = (error as TRPCError).cause as { rule?: string }
      expect(cause.rule).toMatch(/^journey\.read/)
    }
  })

  it("refuses bad input with its path, and an impossible step with the current and attempted stages, writing nothing", async () => {
    const before = await rows()
    const bad = await as(admin)
      .journey.recordAssessment({
        journeyId,
        assessment: { ...eligibleAssessment, wellbeingImpact: "enormous" },
      } as never)
      .catch((e: TRPCError) => e)
    expect((bad as TRPCError).code).toBe("BAD_REQUEST")
    expect(
      ((bad as TRPCError).cause as unknown as { issues: Array<{ path: Array<string> }> }).issues[0]
        ?.path,
    ).toEqual(["assessment", "wellbeingImpact"])
    const impossible = await as(admin)
      .journey.submitPlan({ journeyId })
      .catch((e: TRPCError) => e)
    expect((impossible as TRPCError).code).toBe("CONFLICT")
    expect((impossible as TRPCError).message).toContain("assessing")
    expect(await rows()).toEqual(before)
  })
})
