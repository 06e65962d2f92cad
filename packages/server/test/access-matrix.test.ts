import {
  accessTable,
  ConsentScope,
  Contracts,
  type Grant,
  internalRoles,
  isTokenRole,
  type Role,
  Role as RoleSchema,
  useCaseRegistry,
  useCases,
} from "@openpb/core"
import { testDatabaseKind } from "@openpb/store/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type MatrixApp, startMatrixApp } from "./matrix/app.ts"
import { callGraphql, callTrpc, type Outcome } from "./matrix/calls.ts"
import { deriveProbe, type MatrixEntry, matrixEntries } from "./matrix/derive.ts"
import { type Probe, probes } from "./matrix/probes.ts"
import {
  type Circle,
  type CircleMembers,
  contractedLineId,
  seedCircle,
  viewOnlyScopes,
  viewOnlySubject,
} from "./matrix/seed.ts"

/*
 * Every role (and a carer the person lets only view) x every use case (under each of its
 * rules) x three targets, through tRPC and
 * through GraphQL over HTTP with signed tokens: a person in the caller's circle in the
 * caller's council, a person outside it in the same council, and a person of another council
 * whose circle has the same subjects. What is expected is worked out here from the access
 * table and the relationships seeded below, not read from what the APIs answer.
 */

const home = "northmere"
const away = "southfold"

/** The matrix's callers: one per role, all of the home council. */
const subjects: Record<Role, string> = {
  person: "ada",
  carer: "cara",
  practitioner: "pat",
  adviser: "ade",
  approver: "apo",
  finance: "fin",
  provider: "pro",
  commissioner: "com",
  auditor: "aud",
  "council-admin": "adm",
  system: "sys",
}
/** Every role a person signing in may hold; internal roles never come from a token. */
const roles = RoleSchema.literals.filter(isTokenRole)

/** Who calls: one caller per role, and a carer whose consent is to view only. */
interface Caller {
  readonly label: string
  readonly role: Role
  readonly subject: string
  /** A carer's consent (the seeded carer of the role has every scope). */
  readonly scopes: ReadonlyArray<ConsentScope>
}
const callers: ReadonlyArray<Caller> = [
  ...roles.map((role) => ({
    label: role,
    role,
    subject: subjects[role],
    scopes: ConsentScope.literals,
  })),
  {
    label: "carer who may only view",
    role: "carer",
    subject: viewOnlySubject(subjects.carer),
    scopes: viewOnlyScopes,
  },
]
const circleOfCallers: CircleMembers = {
  practitioner: subjects.practitioner,
  adviser: subjects.adviser,
  carer: subjects.carer,
  provider: subjects.provider,
}
const strangers: CircleMembers = {
  practitioner: "pam",
  adviser: "adi",
  carer: "cora",
  provider: "prue",
}

type Target = "own circle" | "own council, outside the circle" | "another council"
const targets: ReadonlyArray<Target> = [
  "own circle",
  "own council, outside the circle",
  "another council",
]

let matrix: MatrixApp
let app: MatrixApp["app"]
const circles = new Map<Target, Circle>()
/** Each caller's token, by label; and a token for each internal role, by role. */
const tokens = new Map<string, string>()

beforeAll(async () => {
  matrix = await startMatrixApp()
  app = matrix.app
  const own = await seedCircle(matrix.runtime, home, "Ada", circleOfCallers)
  circles.set("own circle", own)
  circles.set(
    "own council, outside the circle",
    await seedCircle(matrix.runtime, home, "Remi", strangers),
  )
  // The same subjects stand around this person: only the council tells them apart.
  circles.set("another council", await seedCircle(matrix.runtime, away, "Ada", circleOfCallers))
  const internal = internalRoles.map((role) => ({ label: role, role, subject: subjects[role] }))
  for (const caller of [...callers, ...internal]) {
    const forPerson = caller.role === "person" || caller.role === "carer"
    tokens.set(
      caller.label,
      await matrix.sign({
        subject: caller.subject,
        role: caller.role,
        council: home,
        ...(forPerson ? { personId: own.personId } : {}),
      }),
    )
  }
}, 120_000)
afterAll(() => matrix.runtime.dispose())

/**
 * How a caller stands towards a target's person, as seeded above: a carer as far as their
 * consent, and the provider on the one line of the running budget it is contracted for (a grant
 * needing a line reaches only an input naming that line).
 */
const reaches = (
  caller: Caller,
  target: Target,
  grant: Grant,
  input: Record<string, unknown> | undefined,
): boolean => {
  if (grant.reach === "council") return true
  if (target !== "own circle") return false
  const circle = circles.get(target)!
  switch (grant.reach) {
    case "self":
      return caller.role === "person"
    case "consented-carer":
      return grant.scope !== undefined && caller.scopes.includes(grant.scope)
    case "caseload":
      return caller.role === "practitioner"
    case "assigned-adviser":
      return caller.role === "adviser"
    case "contracted-provider":
      return (
        input?.budgetId === circle.activeBudgetId &&
        (!grant.line || input.lineId === contractedLineId)
      )
  }
}

const subjectOf = (probe: Probe) => {
  const rule = useCaseRegistry[probe.useCase].rules.find((r) => r.action === probe.action)
  if (!rule) throw new Error(`${probe.useCase} is not held to ${probe.action}`)
  return rule.subject
}

/**
 * Whether the access table lets the role do the probe's action on the target. A list (`each`)
 * answers every role with a grant, holding only what the grant reaches (checked by the
 * object-level security tests).
 */
const allowed = (
  caller: Caller,
  probe: Probe,
  target: Target,
  input: Record<string, unknown> | undefined,
): boolean => {
  const grants = (accessTable[probe.action] as ReadonlyArray<Grant>).filter(
    (g) => g.role === caller.role,
  )
  switch (subjectOf(probe)) {
    case "council":
      return grants.some((grant) => grant.reach === "council")
    case "each":
      return grants.length > 0
    case "person":
      return grants.some((grant) => reaches(caller, target, grant, input))
  }
}

interface Row {
  readonly caller: string
  readonly target: Target
  readonly trpc: Outcome
  readonly graphql: Outcome
  readonly expected: string
}

const runProbe = async (probe: Probe): Promise<ReadonlyArray<Row>> => {
  const rows: Array<Row> = []
  for (const caller of callers) {
    for (const target of probe.targetless ? targets.slice(0, 1) : targets) {
      const input = probe.input(circles.get(target)!)
      const token = tokens.get(caller.label)!
      const trpc = await callTrpc(app.request, token, probe.useCase, input)
      const graphql = await callGraphql(app.request, token, probe.useCase, input)
      const expected =
        target === "another council"
          ? "NOT_FOUND or FORBIDDEN"
          : allowed(caller, probe, target, input)
            ? probe.authorised
            : "FORBIDDEN"
      rows.push({ caller: caller.label, target, trpc, graphql, expected })
    }
  }
  return rows
}

const meets = (outcome: Outcome, expected: string) =>
  expected === "NOT_FOUND or FORBIDDEN"
    ? outcome.code === "NOT_FOUND" || outcome.code === "FORBIDDEN"
    : outcome.code === expected

const awayIds = () =>
  Object.values(circles.get("another council")!).filter(
    (v) => typeof v === "string" && v.length > 30,
  )

const totals = { calls: 0, successes: 0, expectedSuccesses: 0 }

const entries = matrixEntries()
const entryName = (e: MatrixEntry) =>
  `${e.useCase} (${e.action})${"probe" in e && e.derived ? " [derived probe]" : ""}`

describe(`the access matrix through tRPC and GraphQL, on ${testDatabaseKind()}`, () => {
  it("calls every rule of every use case in core's useCases list", () => {
    const registered = (
      useCases as ReadonlyArray<{
        name: string
        access: { rules: ReadonlyArray<{ action: string }> }
      }>
    ).flatMap((c) => c.access.rules.map((rule) => `${c.name} (${rule.action})`))
    expect(entries.map((e) => `${e.useCase} (${e.action})`)).toEqual(registered)
    expect(
      entries.flatMap((e) =>
        "missing" in e
          ? [
              `${e.useCase} (${e.action}) has no probe: ${e.missing}. Write one in test/matrix/probes.ts`,
            ]
          : [],
      ),
    ).toEqual([])
  })

  it("has no hand-written probe for a use case or rule core does not have, nor two for one", () => {
    const rules = new Set(entries.map((e) => `${e.useCase} ${e.action}`))
    const written = probes.map((p) => `${p.useCase} ${p.action}`)
    expect(written.filter((p) => !rules.has(p))).toEqual([])
    expect(written.filter((p, i) => written.indexOf(p) !== i)).toEqual([])
  })

  it("derives a query's probe from its input schema, and never a command's", () => {
    const circle = circles.get("own circle")!
    const getPerson = deriveProbe(Contracts.GetPerson)
    const getJourney = deriveProbe(Contracts.GetJourney)
    const listBudgets = deriveProbe(Contracts.ListBudgets)
    expect(typeof getPerson === "string" ? getPerson : getPerson.input(circle)).toEqual({
      personId: circle.personId,
    })
    expect(typeof getJourney === "string" ? getJourney : getJourney.input(circle)).toEqual({
      journeyId: circle.activeJourneyId,
    })
    expect(typeof listBudgets === "string" ? listBudgets : listBudgets.targetless).toBe(true)
    expect(deriveProbe(Contracts.SuspendBudget)).toMatch(/command needs a hand-written probe/)
    expect(deriveProbe(Contracts.StartReview)).toMatch(/command/)
  })

  it.each(entries.map((e) => [entryName(e), e] as const))(
    "%s: both APIs agree, and succeed exactly where the access table allows",
    async (_, entry) => {
      if ("missing" in entry)
        throw new Error(
          `${entry.useCase} (${entry.action}) has no probe: ${entry.missing}. Write one in packages/server/test/matrix/probes.ts`,
        )
      const probe = entry.probe
      const rows = await runProbe(probe)
      const describe = (r: Row) =>
        `${r.caller} on ${r.target}: tRPC ${r.trpc.code}, GraphQL ${r.graphql.code}, expected ${r.expected}`
      expect(rows.filter((r) => r.trpc.code !== r.graphql.code).map(describe)).toEqual([])
      expect(
        rows
          .filter((r) => !meets(r.trpc, r.expected) || !meets(r.graphql, r.expected))
          .map(describe),
      ).toEqual([])
      // Nothing of another council comes back in any answer.
      const leaks = probe.echoesRequests ? [] : awayIds()
      for (const row of rows) {
        for (const outcome of [row.trpc, row.graphql]) {
          const text = JSON.stringify(outcome.data ?? null)
          expect(
            leaks.filter((id) => text.includes(id)),
            describe(row),
          ).toEqual([])
        }
      }
      totals.calls += rows.length * 2
      totals.successes += rows.filter((r) => r.trpc.code === "ok").length * 2
      totals.expectedSuccesses += rows.filter((r) => r.expected === "ok").length * 2
    },
  )

  it("Budget.person answers as getPerson does, for every caller and target", async () => {
    const mismatches: Array<string> = []
    for (const { label: role } of callers) {
      for (const target of targets) {
        const circle = circles.get(target)!
        const token = tokens.get(role)!
        const budget = await callTrpc(app.request, token, "getBudget", {
          budgetId: circle.activeBudgetId,
        })
        const person = await callTrpc(app.request, token, "getPerson", {
          personId: circle.personId,
        })
        const response = await app.request("/graphql", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({
            query: "query ($b: ID!) { budget(budgetId: $b) { id person { id } } }",
            variables: { b: circle.activeBudgetId },
          }),
        })
        const body = (await response.json()) as {
          data?: { budget: { person: { id: string } } | null } | null
          errors?: Array<{ extensions?: { code?: string } }>
        }
        const code = body.errors?.length ? body.errors[0]?.extensions?.code : "ok"
        const expected = budget.code === "ok" ? person.code : budget.code
        if (code !== expected)
          mismatches.push(`${role} on ${target}: ${code}, expected ${expected}`)
        if (code === "ok" && body.data?.budget?.person.id !== circle.personId)
          mismatches.push(`${role} on ${target}: another person came back`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it("refuses a token claiming an internal role on both APIs, before anything runs", async () => {
    for (const role of internalRoles) {
      const token = tokens.get(role)!
      const trpc = await callTrpc(app.request, token, "listJourneys", {})
      const response = await app.request("/graphql", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ budgets(first: 1) { edges { cursor } } }" }),
      })
      expect(trpc.code, role).toBe("HTTP 401")
      expect(response.status, role).toBe(401)
    }
  })

  it("made no unauthorised call succeed and logged no defect", () => {
    expect(totals.calls).toBeGreaterThan(1_000)
    expect(totals.successes).toBe(totals.expectedSuccesses)
    expect(matrix.defects).toEqual([])
  })
})
