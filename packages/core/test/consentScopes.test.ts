import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer } from "effect"
import * as fc from "fast-check"
import {
  type Action,
  Actor,
  accessTable,
  AuditLog,
  authorize,
  ConsentScope,
  CouncilId,
  CurrentActor,
  noRelation,
  PersonId,
  Relationships,
} from "../src/index.ts"

const personId = PersonId.make("0190a5d2-0000-7000-8000-000000000001")

/** What each consent lets a carer do, as the person is told; written out here, not read from core. */
const needs: Partial<Record<Action, ConsentScope>> = {
  "person.read": "view-plan",
  "journey.read": "view-plan",
  "decision.read": "view-plan",
  "challenge.read": "view-plan",
  "budget.read": "view-money",
  "budget.list": "view-money",
  "ledger.read": "view-money",
  "finances.read": "view-finances",
  "ledger.spend": "record-spending",
  "journey.refer": "speak-for-me",
  "journey.decline": "speak-for-me",
  "journey.plan": "speak-for-me",
  "journey.request-review": "speak-for-me",
  "challenge.lodge": "speak-for-me",
}

/** What anyone signed in to the council may read: services and words, no one's record. */
const noOnesRecord: ReadonlyArray<Action> = ["directory.read", "glossary.read"]

const actions = (Object.keys(accessTable) as ReadonlyArray<Action>).filter(
  (action) => !noOnesRecord.includes(action),
)

const asCarerWith = (scopes: ReadonlyArray<ConsentScope>) =>
  Layer.mergeAll(
    Layer.succeed(
      CurrentActor,
      new Actor({ subject: "cara", roles: ["carer"], councilId: CouncilId.make("northmere") }),
    ),
    Layer.succeed(Relationships, {
      relationTo: () => Effect.succeed({ ...noRelation, carerScopes: scopes }),
    }),
    Layer.succeed(AuditLog, {
      recordWrite: () => Effect.void,
      recordRead: () => Effect.void,
      recordReads: () => Effect.void,
      search: () => Effect.succeed([]),
      flush: Effect.void,
    }),
  )

const allowed = (action: Action, scopes: ReadonlyArray<ConsentScope>) =>
  Effect.runSync(
    Effect.exit(authorize(action, personId)).pipe(Effect.provide(asCarerWith(scopes))),
  ).pipe(Exit.isSuccess)

describe("a carer's consent scopes", () => {
  it("let a carer do exactly what the scopes given cover, and nothing a person's consent cannot give", () => {
    fc.assert(
      fc.property(
        fc.subarray([...ConsentScope.literals]),
        fc.constantFrom(...actions),
        (scopes, action) => {
          const scope = needs[action]
          assert.strictEqual(allowed(action, scopes), scope !== undefined && scopes.includes(scope))
        },
      ),
      { numRuns: 400 },
    )
  })

  it("names the consent missing when it refuses", () => {
    const refused = Effect.runSync(
      Effect.flip(authorize("ledger.spend", personId)).pipe(
        Effect.provide(asCarerWith(["view-plan", "view-money"])),
      ),
    )
    assert.strictEqual(refused._tag, "Forbidden")
    assert.include(refused.message, "record spending from my direct payment")
    assert.include(refused.rule, "consented-carer(record-spending)")
  })

  it("gives nothing without consent", () => {
    for (const action of actions) assert.isFalse(allowed(action, []), action)
  })

  it("needs no consent for what is no one's record: the directory and the council's words", () => {
    for (const action of noOnesRecord) assert.isTrue(allowed(action, []), action)
  })
})
