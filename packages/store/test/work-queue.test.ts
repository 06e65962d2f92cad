import { assert, describe, layer } from "@effect/vitest"
import {
  checkDirectPaymentSurplus,
  draftPlan,
  getBudget,
  getJourney,
  lodgeChallenge,
  londonDateOf,
  recordAllocation,
  recordPayment,
  resolveChallenge,
  submitPlan,
  type WorkItem,
  workQueue,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { Clock, Effect } from "effect"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { activeBudget, asFinanceOn } from "./ledgerSupport.ts"

const time = makeTestClock()
const asFinance = asFinanceOn(time)

/** Every item of the queue, walked a page of `first` at a time. */
const walk = (first: number, filter: Record<string, unknown> = {}) =>
  Effect.gen(function* () {
    const items: Array<WorkItem> = []
    let after: string | undefined
    for (;;) {
      const page = yield* workQueue({ ...filter, first, ...(after ? { after } : {}) })
      items.push(...page.items)
      if (!page.hasNextPage) return items
      after = page.endCursor!
    }
  })

describe(`the council's work queue on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "lists each kind of open item, earliest due first, paged and filtered; answered items drop out",
      () =>
        asFinance(
          Effect.gen(function* () {
            // An active budget: its reviews are due and its contingency uplift is running.
            const active = yield* activeBudget("Queue")
            // A plan awaiting approval.
            const waiting = yield* toIndicativeBudget({ givenName: "Waiting", familyName: "Plan" })
            yield* draftPlan({ journeyId: waiting.journeyId, plan: supportPlan })
            yield* submitPlan({ journeyId: waiting.journeyId })
            // A challenge awaiting an answer.
            const { journey } = yield* getJourney({ journeyId: active.journeyId })
            const challenge = yield* lodgeChallenge({
              decisionId: journey.eligibilityDecisionId!,
              grounds: "My low days were not counted",
            })
            // A surplus proposal whose window for the person's answer is open.
            const budget = yield* getBudget({ budgetId: active.budgetId })
            const stream = budget.fundingStreams[0]!
            const today = londonDateOf(yield* Clock.currentTimeMillis)
            const surplus = Math.round(stream.amountPence / 2)
            yield* recordAllocation({
              budgetId: active.budgetId,
              idempotencyKey: "q-alloc",
              stream: stream.stream,
              amountPence: surplus,
              date: today,
            })
            yield* recordPayment({
              budgetId: active.budgetId,
              idempotencyKey: "q-pay",
              stream: stream.stream,
              mechanism: "direct-payment",
              amountPence: surplus,
              date: today,
              payee: "DP account",
            })
            const proposal = yield* checkDirectPaymentSurplus({
              budgetId: active.budgetId,
              stream: stream.stream,
            })
            assert.strictEqual(proposal.outcome, "proposed-recovery")

            const all = yield* walk(100)
            const kinds = new Set(all.map((i) => i.kind))
            assert.deepStrictEqual([...kinds].sort(), [
              "challenge-response",
              "contingency-ending",
              "no-spending",
              "plan-approval",
              "recovery-window",
              "review-due",
              "statement-due",
            ])
            const dues = all.map((i) => i.dueDate)
            assert.deepStrictEqual(dues, [...dues].sort(), "earliest due first")
            assert.isTrue(all.every((i) => i.rule.length > 10 && !i.overdue))
            assert.strictEqual(
              all.find((i) => i.kind === "challenge-response")?.subjectId,
              challenge.id,
            )
            assert.strictEqual(
              all.find((i) => i.kind === "recovery-window")?.subjectId,
              proposal.id,
            )
            assert.strictEqual(
              all.find((i) => i.kind === "plan-approval")?.journeyId,
              waiting.journeyId,
            )

            // Paged two at a time: the same items, once each, in the same order.
            const paged = yield* walk(2)
            assert.deepStrictEqual(paged, all)
            // Filtered by kind and by due date.
            const reviews = yield* walk(100, { kinds: ["review-due"] })
            assert.isAbove(reviews.length, 0)
            assert.isTrue(reviews.every((i) => i.kind === "review-due"))
            const dueToday = yield* walk(100, { dueBy: today })
            assert.deepStrictEqual(
              dueToday,
              all.filter((i) => i.dueDate <= today),
            )
            const bad = yield* Effect.flip(workQueue({ after: "bm90LWEta2V5" }))
            assert.strictEqual(bad._tag, "InvalidInput")

            // Answered items drop out; items not done by their day are overdue.
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "not-upheld",
              reasons: ["The assessment covered low days"],
            })
            time.advanceDays(400)
            const later = yield* walk(100)
            assert.isFalse(later.some((i) => i.kind === "challenge-response"))
            assert.isTrue(later.filter((i) => i.kind === "review-due").every((i) => i.overdue))
          }),
        ),
    )
  })
})
