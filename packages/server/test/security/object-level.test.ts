import { isTokenRole, Role, todayInLondon, type UseCaseName } from "@openpb/core"
import { referral } from "@openpb/scenarios"
import { testDatabaseKind } from "@openpb/store/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Claims, type MatrixApp, startMatrixApp } from "../matrix/app.ts"
import { callGraphql, callTrpc, type Outcome } from "../matrix/calls.ts"
import {
  type Circle,
  contractedLineId,
  seedCircle,
  systemOf,
  uncontractedLineId,
} from "../matrix/seed.ts"

/*
 * Object-level access on a running app, through tRPC and GraphQL over HTTP with signed tokens:
 * each caller reaches only the records (and, for a provider, the budget lines) it stands in a
 * relation to, a refused write leaves nothing behind, a write never widens its caller's reach,
 * and a list holds exactly what the caller could read one record at a time.
 */

const home = "northmere"
const away = "southfold"

let matrix: MatrixApp
/** Ada's circle (pat, ade, cara, and "pro" contracted for one line), Remi's, and another council's Ada. */
let own: Circle
let stranger: Circle
let elsewhere: Circle
let today: string
const system = () => systemOf(matrix.runtime, home)

beforeAll(async () => {
  matrix = await startMatrixApp()
  const members = { practitioner: "pat", adviser: "ade", carer: "cara", provider: "pro" }
  own = await seedCircle(matrix.runtime, home, "Ada", members)
  stranger = await seedCircle(matrix.runtime, home, "Remi", {
    practitioner: "pam",
    adviser: "adi",
    carer: "cora",
    provider: "prue",
  })
  elsewhere = await seedCircle(matrix.runtime, away, "Ada", members)
  today = await matrix.runtime.runPromise(todayInLondon)
}, 120_000)
afterAll(() => matrix.runtime.dispose())

type Api = "tRPC" | "GraphQL"
const apis: ReadonlyArray<Api> = ["tRPC", "GraphQL"]

const call = async (
  api: Api,
  claims: Claims,
  useCase: UseCaseName,
  input: Record<string, unknown> | undefined,
): Promise<Outcome> => {
  const token = await matrix.sign(claims)
  return api === "tRPC"
    ? callTrpc(matrix.app.request, token, useCase, input)
    : callGraphql(matrix.app.request, token, useCase, input)
}

const provider: Claims = { subject: "pro", role: "provider", council: home }

const spending = (circle: Circle, lineId: string, idempotencyKey: string, budgetId?: string) => ({
  budgetId: budgetId ?? circle.activeBudgetId,
  idempotencyKey,
  lineId,
  category: "education-and-courses",
  stream: "council-social-care",
  mechanism: "direct-payment",
  amountPence: 100,
  date: today,
  payee: "Northmere Adult College",
})

/** How many postings each of the circles' budgets holds, as the council's system sees them. */
const postingCounts = async () => {
  const count = async (councilId: string, budgetId: string) =>
    (await systemOf(matrix.runtime, councilId).ledger.history({ budgetId })).length
  return {
    ownActive: await count(home, own.activeBudgetId),
    ownIdle: await count(home, own.idleBudgetId),
    strangerActive: await count(home, stranger.activeBudgetId),
    elsewhereActive: await count(away, elsewhere.activeBudgetId),
  }
}

const refusedAsForeign = (outcome: Outcome) =>
  outcome.code === "NOT_FOUND" || outcome.code === "FORBIDDEN"

describe(`object-level access through tRPC and GraphQL, on ${testDatabaseKind()}`, () => {
  it("a provider records spending only on the plan line it is contracted for, and nothing is written elsewhere", async () => {
    const before = await postingCounts()
    for (const api of apis) {
      const contracted = await call(
        api,
        provider,
        "recordSpending",
        spending(own, contractedLineId, `provider-${api}`),
      )
      expect(contracted.code, api).toBe("ok")
      // Another line of the same budget, a line of a budget it holds no contract on, the same
      // person's other budget, and the same line id in another council.
      expect(
        (
          await call(
            api,
            provider,
            "recordSpending",
            spending(own, uncontractedLineId, `x1-${api}`),
          )
        ).code,
        api,
      ).toBe("FORBIDDEN")
      expect(
        (
          await call(
            api,
            provider,
            "recordSpending",
            spending(stranger, contractedLineId, `x2-${api}`),
          )
        ).code,
        api,
      ).toBe("FORBIDDEN")
      expect(
        (
          await call(
            api,
            provider,
            "recordSpending",
            spending(own, contractedLineId, `x3-${api}`, own.idleBudgetId),
          )
        ).code,
        api,
      ).toBe("FORBIDDEN")
      expect(
        refusedAsForeign(
          await call(
            api,
            provider,
            "recordSpending",
            spending(elsewhere, contractedLineId, `x4-${api}`),
          ),
        ),
        api,
      ).toBe(true)
      // A statement is the direct-payment holder's, not a line's: a provider may not send one.
      expect(
        (
          await call(api, provider, "submitDirectPaymentStatement", {
            budgetId: own.activeBudgetId,
            periodEnd: today,
            closingBalancePence: 0,
            receipts: 0,
          })
        ).code,
        api,
      ).toBe("FORBIDDEN")
    }
    const after = await postingCounts()
    expect(after).toEqual({ ...before, ownActive: before.ownActive + apis.length })
  })

  it("a provider reads the budget it is contracted on and nothing else of the person's", async () => {
    for (const api of apis) {
      const budget = await call(api, provider, "getBudget", { budgetId: own.activeBudgetId })
      expect(budget.code, api).toBe("ok")
      expect(JSON.stringify(budget.data)).toContain(own.activeBudgetId)
      for (const [useCase, input] of [
        ["getBudget", { budgetId: own.idleBudgetId }],
        ["getBudget", { budgetId: stranger.activeBudgetId }],
        ["getPerson", { personId: own.personId }],
        ["getJourney", { journeyId: own.activeJourneyId }],
        ["ledgerHistory", { budgetId: own.activeBudgetId }],
        ["listDecisions", { personId: own.personId }],
      ] as const) {
        expect((await call(api, provider, useCase, input)).code, `${api} ${useCase}`).toBe(
          "FORBIDDEN",
        )
      }
      expect(
        refusedAsForeign(
          await call(api, provider, "getBudget", { budgetId: elsewhere.activeBudgetId }),
        ),
      ).toBe(true)
    }
  })

  it("a carer the person lets only view cannot write, through either API, and nothing changes", async () => {
    const viewer = await system().carer.add({
      personId: own.personId,
      name: "A cousin who keeps an eye",
      relationship: "cousin",
      subject: "vic",
    })
    await system().carer.setConsent({ carerId: viewer.id, scopes: ["view-plan", "view-money"] })
    const carer: Claims = { subject: "vic", role: "carer", council: home, personId: own.personId }
    const snapshot = async () => ({
      postings: await postingCounts(),
      journey: (await system().journey.get({ journeyId: own.activeJourneyId })).journey.version,
      journeys: (await system().journey.ofPerson({ personId: own.personId })).length,
      challenges: (await system().challenge.ofPerson({ personId: own.personId })).length,
      carers: (await system().carer.ofPerson({ personId: own.personId })).length,
    })
    const before = await snapshot()
    const writes: ReadonlyArray<readonly [UseCaseName, Record<string, unknown>]> = [
      ["recordSpending", spending(own, uncontractedLineId, "viewer-spend")],
      [
        "submitDirectPaymentStatement",
        { budgetId: own.activeBudgetId, periodEnd: today, closingBalancePence: 0, receipts: 0 },
      ],
      ["referPerson", { personId: own.personId, referral }],
      ["declineBudget", { journeyId: own.activeJourneyId, reason: "Not wanted" }],
      ["startReview", { journeyId: own.activeJourneyId, trigger: "person-request" }],
      ["lodgeChallenge", { decisionId: own.eligibilityDecisionId, grounds: "I disagree." }],
      ["addCarer", { personId: own.personId, name: "Another", relationship: "friend" }],
      ["setCarerConsent", { carerId: viewer.id, scopes: ["speak-for-me"] }],
      ["setResearchConsent", { personId: own.personId, researchConsent: true }],
    ]
    for (const api of apis) {
      // What the consent allows, it reads.
      expect((await call(api, carer, "getPerson", { personId: own.personId })).code, api).toBe("ok")
      expect(
        (await call(api, carer, "getBudget", { budgetId: own.activeBudgetId })).code,
        api,
      ).toBe("ok")
      for (const [useCase, input] of writes) {
        expect((await call(api, carer, useCase, input)).code, `${api} ${useCase}`).toBe("FORBIDDEN")
      }
    }
    expect(await snapshot()).toEqual(before)
  })

  it("a practitioner who refers someone does not gain their record, and may not name herself to it", async () => {
    const practitioner: Claims = { subject: "pat", role: "practitioner", council: home }
    for (const api of apis) {
      const newcomer = await system().person.register({ givenName: "Nia", familyName: api })
      const referred = await call(api, practitioner, "referPerson", {
        personId: newcomer.id,
        referral,
      })
      expect(referred.code, api).toBe("ok")
      const journeys = await system().journey.ofPerson({ personId: newcomer.id })
      expect(journeys.map((j) => j.practitioner)).toEqual([null])
      for (const [useCase, input] of [
        ["getPerson", { personId: newcomer.id }],
        ["listJourneysOfPerson", { personId: newcomer.id }],
        ["getJourney", { journeyId: journeys[0]!.id }],
      ] as const) {
        expect((await call(api, practitioner, useCase, input)).code, `${api} ${useCase}`).toBe(
          "FORBIDDEN",
        )
      }
      const caseload = await call(api, practitioner, "myCaseload", undefined)
      expect(JSON.stringify(caseload.data), api).not.toContain(newcomer.id)

      // Naming herself, on a referral or an assignment, is refused and writes nothing.
      const other = await system().person.register({ givenName: "Ola", familyName: api })
      expect(
        (
          await call(api, practitioner, "referPerson", {
            personId: other.id,
            referral,
            practitioner: "pat",
          })
        ).code,
        api,
      ).toBe("FORBIDDEN")
      expect(await system().journey.ofPerson({ personId: other.id })).toEqual([])
      expect(
        (
          await call(api, practitioner, "assignJourney", {
            journeyId: own.closedJourneyId,
            adviser: "pat",
          })
        ).code,
        api,
      ).toBe("FORBIDDEN")

      // A manager's assignment is what puts her on the person's circle.
      const admin: Claims = { subject: "adm", role: "council-admin", council: home }
      expect(
        (
          await call(api, admin, "assignJourney", {
            journeyId: journeys[0]!.id,
            practitioner: "pat",
          })
        ).code,
        api,
      ).toBe("ok")
      expect((await call(api, practitioner, "getPerson", { personId: newcomer.id })).code).toBe(
        "ok",
      )
    }
    const closed = await system().journey.get({ journeyId: own.closedJourneyId })
    expect(closed.journey.adviser).toBe("ade")
  })

  it("a list holds exactly the records each caller may read one by one", async () => {
    const all = (await system().budget.list({ first: 100 })).items.map((b) => b.id)
    const callers: ReadonlyArray<Claims> = [
      ...Role.literals.filter(isTokenRole).map(
        (role): Claims => ({
          subject:
            { practitioner: "pat", adviser: "ade", carer: "cara", provider: "pro" }[
              role as string
            ] ?? `a-${role}`,
          role,
          council: home,
          ...(role === "person" || role === "carer" ? { personId: own.personId } : {}),
        }),
      ),
      { subject: "pam", role: "practitioner", council: home },
      { subject: "prue", role: "provider", council: home },
      { subject: "nobody", role: "practitioner", council: home },
    ]
    const mismatches: Array<string> = []
    for (const caller of callers) {
      const readable: Array<string> = []
      for (const budgetId of all) {
        if ((await call("tRPC", caller, "getBudget", { budgetId })).code === "ok")
          readable.push(budgetId)
      }
      for (const api of apis) {
        const listed = await call(api, caller, "listBudgets", { first: 100 })
        const ids =
          listed.code !== "ok"
            ? null
            : api === "tRPC"
              ? (listed.data as { items: ReadonlyArray<{ id: string }> }).items.map((b) => b.id)
              : (listed.data as { edges: ReadonlyArray<{ node: { id: string } }> }).edges.map(
                  (e) => e.node.id,
                )
        const expected = readable.length === 0 && listed.code === "FORBIDDEN" ? null : readable
        if (
          JSON.stringify(ids && [...ids].sort()) !==
          JSON.stringify(expected && [...expected].sort())
        )
          mismatches.push(
            `${caller.role} ${caller.subject} via ${api}: listed ${JSON.stringify(ids)}, reads ${JSON.stringify(readable)}`,
          )
      }
    }
    expect(mismatches).toEqual([])
    // The lists are not trivially equal: some callers see some budgets, none sees another council's.
    const pro = await call("tRPC", provider, "listBudgets", { first: 100 })
    expect((pro.data as { items: ReadonlyArray<{ id: string }> }).items.map((b) => b.id)).toEqual([
      own.activeBudgetId,
    ])
  })

  it("a caseload names only people its owner may read: a practitioner named as someone's adviser does not see them", async () => {
    const practitioner: Claims = { subject: "pat", role: "practitioner", council: home }
    const adviser: Claims = { subject: "ade", role: "adviser", council: home }
    const uma = await system().person.register({ givenName: "Uma", familyName: "Misnamed" })
    // A manager's slip: the practitioner is named as Uma's adviser.
    await system().journey.refer({ personId: uma.id, referral, adviser: "pat" })
    for (const api of apis) {
      expect((await call(api, practitioner, "getPerson", { personId: uma.id })).code).toBe(
        "FORBIDDEN",
      )
      for (const caller of [practitioner, adviser]) {
        const caseload = await call(api, caller, "myCaseload", { first: 100 })
        expect(caseload.code).toBe("ok")
        const people =
          api === "tRPC"
            ? (caseload.data as { items: ReadonlyArray<{ personId: string }> }).items.map(
                (e) => e.personId,
              )
            : (caseload.data as { edges: ReadonlyArray<{ node: { personId: string } }> }).edges.map(
                (e) => e.node.personId,
              )
        expect(people.length, `${api} ${caller.subject}`).toBeGreaterThan(0)
        for (const personId of people)
          expect(
            (await call(api, caller, "getPerson", { personId })).code,
            `${api} ${caller.subject} ${personId}`,
          ).toBe("ok")
        expect(people).not.toContain(uma.id)
      }
    }
  })

  it("the council's journeys list shows each journey as its own read does", async () => {
    for (const role of ["approver", "council-admin"] as const) {
      const caller: Claims = { subject: `a-${role}`, role, council: home }
      const listed = await call("tRPC", caller, "listJourneys", { first: 100 })
      expect(listed.code).toBe("ok")
      const items = (listed.data as { items: ReadonlyArray<{ id: string }> }).items
      expect(items.length).toBeGreaterThan(0)
      for (const item of items) {
        const read = await call("tRPC", caller, "getJourney", { journeyId: item.id })
        expect(read.code).toBe("ok")
        expect((read.data as { journey: unknown }).journey).toEqual(item)
      }
    }
  })

  it("logged no defect", () => {
    expect(matrix.defects).toEqual([])
  })
})
