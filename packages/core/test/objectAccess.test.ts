import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer } from "effect"
import { refuseSelfAssignment, refuseSelfContract } from "../src/access/assignments.ts"
import { caseloadAssignments } from "../src/access/caseload.ts"
import {
  type Action,
  Actor,
  AuditLog,
  authorize,
  BudgetId,
  type ContractedLine,
  type ContractingJourney,
  contractedProvidersOf,
  CouncilId,
  CurrentActor,
  linesContractedTo,
  noRelation,
  type ObjectScope,
  type PersonRelation,
  PersonId,
  Relationships,
  type Role,
} from "../src/index.ts"

const personId = PersonId.make("0190a5d2-0000-7000-8000-000000000001")
const budgetA = BudgetId.make("0190a5d2-0000-7000-8000-00000000000a")
const budgetB = BudgetId.make("0190a5d2-0000-7000-8000-00000000000b")

const actor = (subject: string, role: Role) =>
  new Actor({ subject, roles: [role], councilId: CouncilId.make("northmere") })

/** An audit log that keeps nothing: these tests are about who is let through. */
const unrecorded = {
  recordWrite: () => Effect.void,
  recordRead: () => Effect.void,
  recordReads: () => Effect.void,
  search: () => Effect.succeed([]),
  flush: Effect.void,
}

const withRelation = (who: Actor, relation: Partial<PersonRelation>) =>
  Layer.mergeAll(
    Layer.succeed(CurrentActor, who),
    Layer.succeed(Relationships, {
      relationTo: () => Effect.succeed({ ...noRelation, ...relation }),
    }),
    Layer.succeed(AuditLog, unrecorded),
  )

const lines = (...contracted: ReadonlyArray<[BudgetId, string]>): ReadonlyArray<ContractedLine> =>
  contracted.map(([budgetId, lineId]) => ({ budgetId, lineId }))

const provider = actor("pro", "provider")
const allowed = (action: Action, within: ObjectScope | undefined) =>
  Effect.runSync(
    Effect.exit(authorize(action, personId, within)).pipe(
      Effect.provide(withRelation(provider, { contractedLines: lines([budgetA, "l2"]) })),
    ),
  ).pipe(Exit.isSuccess)

/** A journey whose approved plan (version 2) has lines l1 (no provider), l2 and l3 (pro), l3 refused. */
const journey = (overrides: Partial<ContractingJourney> = {}): ContractingJourney => ({
  stage: "active",
  budgetId: budgetA,
  approved: { planVersion: 2, refusedLines: [{ lineId: "l3" }] },
  plans: [
    { version: 1, content: { lines: [{ id: "l1", providerId: "old" }] } },
    {
      version: 2,
      content: {
        lines: [{ id: "l1" }, { id: "l2", providerId: "pro" }, { id: "l3", providerId: "pro" }],
      },
    },
  ],
  ...overrides,
})

describe("a provider's contract", () => {
  it("is the approved plan's lines in force that name it, while the journey is open", () => {
    assert.deepStrictEqual(linesContractedTo(journey(), "pro"), lines([budgetA, "l2"]))
    assert.deepStrictEqual(contractedProvidersOf(journey()), ["pro"])
    // An earlier version's provider, a draft before approval, an ended journey: no contract.
    assert.deepStrictEqual(linesContractedTo(journey(), "old"), [])
    assert.deepStrictEqual(linesContractedTo(journey({ approved: null }), "pro"), [])
    assert.deepStrictEqual(contractedProvidersOf(journey({ stage: "ended" })), [])
    assert.deepStrictEqual(linesContractedTo(journey({ budgetId: null }), "pro"), [])
  })

  it("lets the provider record spending on its line only, and read only that budget", () => {
    assert.isTrue(allowed("ledger.spend", { budgetId: budgetA, lineId: "l2" }))
    assert.isFalse(allowed("ledger.spend", { budgetId: budgetA, lineId: "l1" }))
    assert.isFalse(allowed("ledger.spend", { budgetId: budgetB, lineId: "l2" }))
    // Spending needs the line: the budget alone (a statement) is not the provider's.
    assert.isFalse(allowed("ledger.spend", { budgetId: budgetA }))
    assert.isTrue(allowed("budget.read", { budgetId: budgetA }))
    assert.isFalse(allowed("budget.read", { budgetId: budgetB }))
    // Without the object, or for anything else of the person's, it reaches nothing.
    for (const action of ["budget.read", "person.read", "ledger.read", "journey.read"] as const)
      assert.isFalse(allowed(action, undefined), action)
  })
})

describe("a write naming who stands around a person", () => {
  const refused = (who: Actor, relation: Partial<PersonRelation>, practitioner: string) =>
    Effect.runSync(
      Effect.exit(refuseSelfAssignment(personId, { practitioner })).pipe(
        Effect.provide(withRelation(who, relation)),
      ),
    ).pipe(Exit.isFailure)

  it("may not name its caller unless they already stand there or read the whole council", () => {
    const pat = actor("pat", "practitioner")
    assert.isTrue(refused(pat, {}, "pat"))
    assert.isFalse(refused(pat, { caseload: true }, "pat"))
    assert.isFalse(refused(pat, {}, "pam"))
    assert.isFalse(refused(actor("adm", "council-admin"), {}, "adm"))
  })
})

describe("a plan naming a line's provider", () => {
  it("may not name whoever drafts it", () => {
    const drafts = (who: Actor, providerId: string) =>
      Effect.runSync(
        Effect.exit(refuseSelfContract([{}, { providerId }])).pipe(
          Effect.provide(withRelation(who, { caseload: true })),
        ),
      ).pipe(Exit.isSuccess)
    const both = new Actor({
      subject: "pat",
      roles: ["practitioner", "provider"],
      councilId: CouncilId.make("northmere"),
    })
    assert.isFalse(drafts(both, "pat"))
    assert.isTrue(drafts(both, "pro"))
  })
})

describe("a caseload", () => {
  it("matches each role only as the assignment that lets it read the person", () => {
    assert.deepStrictEqual(caseloadAssignments(actor("pat", "practitioner")), ["practitioner"])
    assert.deepStrictEqual(caseloadAssignments(actor("ade", "adviser")), ["adviser"])
    assert.deepStrictEqual(caseloadAssignments(actor("adm", "council-admin")), [
      "practitioner",
      "adviser",
    ])
    assert.deepStrictEqual(caseloadAssignments(actor("pro", "provider")), [])
  })
})
