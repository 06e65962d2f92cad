import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  assignJourney,
  type CaseloadEntry,
  CouncilId,
  CurrentActor,
  endJourney,
  myCaseload,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect } from "effect"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { activeBudget, finance } from "./ledgerSupport.ts"

const time = makeTestClock()
const councilId = CouncilId.make("northmere")
const pat = new Actor({ subject: "pat", roles: ["practitioner"], councilId })
const sam = new Actor({ subject: "sam", roles: ["practitioner"], councilId })
const as =
  (actor: Actor) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    effect.pipe(
      Effect.provideService(CurrentActor, actor),
      Effect.provideService(Clock.Clock, time.clock),
    )

/** The actor's whole caseload, a page of `first` at a time. */
const walk = (first: number) =>
  Effect.gen(function* () {
    const entries: Array<CaseloadEntry> = []
    let after: string | undefined
    for (;;) {
      const page = yield* myCaseload({ first, ...(after ? { after } : {}) })
      entries.push(...page.items)
      if (!page.hasNextPage) return entries
      after = page.endCursor!
    }
  })

describe(`a practitioner's caseload on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "is paged and projected: open journeys only, earliest review first and none due last, overdue flagged",
      () =>
        Effect.gen(function* () {
          const assign = (journeyId: string, practitioner: string) =>
            as(finance)(assignJourney({ journeyId, practitioner }))
          const active = yield* as(finance)(activeBudget("Caseload"))
          yield* assign(active.journeyId, "pat")
          const early = yield* as(finance)(
            toIndicativeBudget({ givenName: "Early", familyName: "Stage" }),
          )
          yield* assign(early.journeyId, "pat")
          const second = yield* as(finance)(activeBudget("Second"))
          yield* assign(second.journeyId, "pat")
          const ended = yield* as(finance)(activeBudget("Ended"))
          yield* assign(ended.journeyId, "pat")
          yield* as(finance)(
            endJourney({ journeyId: ended.journeyId, reason: "moved-away", note: "" }),
          )
          const others = yield* as(finance)(activeBudget("Others"))
          yield* assign(others.journeyId, "sam")

          const all = yield* as(pat)(walk(100))
          assert.deepStrictEqual(
            new Set(all.map((e) => e.journeyId)),
            new Set([active.journeyId, early.journeyId, second.journeyId]),
            "open journeys of this practitioner only",
          )
          const early_ = all.find((e) => e.journeyId === early.journeyId)!
          assert.strictEqual(early_.nextReviewDue, null)
          assert.strictEqual(all.at(-1)!.journeyId, early.journeyId, "none due sorts last")
          const dues = all.flatMap((e) => (e.nextReviewDue === null ? [] : [e.nextReviewDue]))
          assert.deepStrictEqual(dues, [...dues].sort())
          const first = all.find((e) => e.journeyId === active.journeyId)!
          assert.strictEqual(first.givenName, "Caseload")
          assert.strictEqual(first.stage, "active")
          assert.isNotNull(first.budgetId)
          assert.isNotNull(first.contingencyUntil, "the running contingency uplift is shown")
          assert.isFalse(first.overdue)
          // No whole journey document in an entry.
          assert.notProperty(first, "journey")
          assert.notProperty(first, "plans")

          assert.deepStrictEqual(yield* as(pat)(walk(1)), all, "paged one at a time: the same")
          assert.deepStrictEqual(
            (yield* as(sam)(walk(10))).map((e) => e.journeyId),
            [others.journeyId],
          )
          const bad = yield* Effect.flip(as(pat)(myCaseload({ after: "bm90LWEta2V5" })))
          assert.strictEqual(bad._tag, "InvalidInput")

          time.advanceDays(400)
          const later = yield* as(pat)(walk(100))
          assert.isTrue(
            later.filter((e) => e.nextReviewDue !== null).every((e) => e.overdue),
            "a review not done by its day is overdue",
          )
          assert.isTrue(
            later.every((e) => e.contingencyUntil === null),
            "the uplift has ended",
          )
        }),
    )
  })
})
