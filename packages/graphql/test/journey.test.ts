import { Actor, CouncilId } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  challengedAndFluctuating,
  type JourneyApi,
  type JourneyView,
  positiveEnding,
} from "@openpb/scenarios"
import {
  makeTestClock,
  makeTestManagedRuntime,
  runAs,
  testDatabaseKind,
} from "@openpb/store/testing"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeYoga } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "journey-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "panel-chair", roles: ["approver"], councilId })

const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
beforeAll(() => runtime.runPromise(Effect.void))
afterAll(() => runtime.dispose())

const yoga = makeYoga({ production: false })

const decisionFields = `id kind outcome reasons { criterion met text } policyId policyVersion challengeHow challengeDeadline supersedes`
const toDecisionView = (d: Record<string, unknown>) => ({
  ...(d as object),
  policy: { id: d.policyId, version: d.policyVersion },
  challenge: { how: d.challengeHow, deadline: d.challengeDeadline },
})

const graphqlJourneyApi = (): JourneyApi => {
  const time = makeTestClock()
  const runAsActor = (actor: Actor) => runAs(runtime, actor, time.clock)
  const gql = async (actor: Actor, query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      },
      { run: runAsActor(actor), requestId: "journey-test" },
    )
    const body = (await response.json()) as {
      data?: Record<string, any>
      errors?: Array<{ message: string }>
    }
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "))
    return body.data!
  }
  const journeyOf = (data: Record<string, any>, field: string) =>
    data[field].document as JourneyView
  const stepNames: Record<string, string> = {
    suspend: "suspendBudget",
    resume: "resumeBudget",
    end: "endJourney",
  }
  return {
    registerPerson: async (input) =>
      (
        await gql(
          admin,
          "mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }",
          { i: input },
        )
      ).registerPerson,
    refer: async (input) =>
      journeyOf(
        await gql(admin, "mutation($i: JSON!) { referPerson(input: $i) { document } }", {
          i: input,
        }),
        "referPerson",
      ),
    step: async (name, input) => {
      const field = stepNames[name] ?? name
      const actor = name === "decidePlan" ? approver : admin
      return journeyOf(
        await gql(actor, `mutation($i: JSON!) { ${field}(input: $i) { document } }`, { i: input }),
        field,
      )
    },
    getJourney: async (journeyId) => {
      const data = await gql(
        admin,
        "query($id: ID!) { journey(id: $id) { contingencyActive journey { document } } }",
        {
          id: journeyId,
        },
      )
      return {
        journey: data.journey.journey.document,
        contingencyActive: data.journey.contingencyActive,
      }
    },
    getDecision: async (decisionId) =>
      toDecisionView(
        (
          await gql(admin, `query($id: ID!) { decision(id: $id) { ${decisionFields} } }`, {
            id: decisionId,
          })
        ).decision,
      ) as never,
    decisionsOf: async (personId) =>
      (
        await gql(
          admin,
          `query($id: ID!) { decisionsOfPerson(personId: $id) { ${decisionFields} } }`,
          { id: personId },
        )
      ).decisionsOfPerson.map(toDecisionView),
    lodgeChallenge: async (input) =>
      (
        await gql(admin, "mutation($i: JSON!) { lodgeChallenge(input: $i) { id status } }", {
          i: input,
        })
      ).lodgeChallenge,
    resolveChallenge: async (input) =>
      (
        await gql(approver, "mutation($i: JSON!) { resolveChallenge(input: $i) { id status } }", {
          i: input,
        })
      ).resolveChallenge,
    advanceDays: time.advanceDays,
  }
}

describe(`the journey through GraphQL on ${testDatabaseKind()}`, () => {
  it("walks a person to a positive ending with two reviews", async () => {
    const { journey } = await positiveEnding(graphqlJourneyApi(), {
      givenName: "Priya",
      familyName: "Sharma",
    })
    expect(journey.stage).toBe("ended")
    expect(journey.reviews.filter((r) => r.status === "completed")).toHaveLength(2)
  })

  it("walks a person through not-eligible, challenge, overturn, approval, suspension, resumption and an expiring contingency", async () => {
    const { decisions } = await challengedAndFluctuating(graphqlJourneyApi(), {
      givenName: "Gareth",
      familyName: "Evans",
    })
    expect(decisions.length).toBeGreaterThanOrEqual(8)
  })
})
