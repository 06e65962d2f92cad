import {
  Actor,
  CouncilId,
  CurrentActor,
  type DeploymentServices,
  PersonId,
  type Role,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { eligibleAssessment, referral } from "@openpb/scenarios"
import { layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { TRPCError } from "@trpc/server"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { appRouter } from "../src/index.ts"

// The worked example of CONTRIBUTING.md: a use case added as one contract, read through tRPC.
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
const as = (subject: string, role: Role, extra: { personId?: string; council?: string } = {}) =>
  appRouter.createCaller({
    requestId: "get-challenge-test",
    run: (effect) =>
      runtime.runPromise(
        Effect.provideService(
          effect,
          CurrentActor,
          new Actor({
            subject,
            roles: [role],
            councilId: CouncilId.make(extra.council ?? "northmere"),
            ...(extra.personId ? { personId: PersonId.make(extra.personId) } : {}),
          }),
        ),
      ),
  })

const codeOf = async (call: Promise<unknown>) =>
  call.then(
    () => "ok",
    (error: unknown) => (error instanceof TRPCError ? error.code : "not a tRPC error"),
  )

let personId = ""
let challengeId = ""

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  const admin = as("admin", "council-admin")
  personId = (await admin.person.register({ givenName: "Ama", familyName: "Boateng" })).id
  const { id: journeyId } = await admin.journey.refer({ personId, referral })
  await admin.journey.startAssessment({ journeyId })
  await admin.journey.recordAssessment({ journeyId, assessment: eligibleAssessment })
  const decided = await admin.journey.decideEligibility({ journeyId })
  const challenge = await as("ama", "person", { personId }).challenge.lodge({
    decisionId: decided.eligibilityDecisionId ?? "",
    grounds: "My needs change from week to week; the assessment saw a good day.",
  })
  challengeId = challenge.id
})
afterAll(() => runtime.dispose())

describe(`challenge.get on ${testDatabaseKind()}`, () => {
  it("shows the person their challenge, where it stands", async () => {
    const challenge = await as("ama", "person", { personId }).challenge.get({ challengeId })
    expect(challenge).toMatchObject({ id: challengeId, personId, status: "lodged" })
  })

  it("refuses those the challenge rule does not reach, and hides other councils' challenges", async () => {
    expect(await codeOf(as("pro", "provider").challenge.get({ challengeId }))).toBe("FORBIDDEN")
    expect(
      await codeOf(
        as("pat", "practitioner", { council: "southfold" }).challenge.get({ challengeId }),
      ),
    ).toBe("NOT_FOUND")
  })

  it("answers an unknown id as not found, and a malformed one as bad input", async () => {
    const admin = as("admin", "council-admin")
    expect(
      await codeOf(admin.challenge.get({ challengeId: "01900000-0000-7000-8000-000000000000" })),
    ).toBe("NOT_FOUND")
    expect(await codeOf(admin.challenge.get({ challengeId: "not-an-id" }))).toBe("BAD_REQUEST")
  })
})
