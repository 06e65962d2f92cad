import { assert, describe, layer } from "@effect/vitest"
import {
  addDays,
  allocateDue,
  completeDirectPaymentEnding,
  getBudget,
  getDecision,
  getJourney,
  giveDirectPaymentNotice,
  ledgerBalances,
  ledgerHistory,
  lodgeChallenge,
  resolveChallenge,
  londonDateOf,
  recordPayment,
  recordSpending,
  recordUnderspendDiscussion,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect } from "effect"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, asFinanceOn } from "./ledgerSupport.ts"

const time = makeTestClock()
const asFinance = asFinanceOn(time)
const today = Effect.map(Clock.currentTimeMillis, londonDateOf)
const tagOf = <A, E extends { readonly _tag: string }, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.match(effect, { onFailure: (e) => e._tag, onSuccess: () => "ok" })

const alternative = {
  mechanism: "notional" as const,
  arrangedBy: "Northmere home support team",
  personAgreed: true,
}

describe(`stopping direct payments, on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "gives four weeks' notice with a managed alternative, waits for the underspend conversation, then returns what is left and keeps the support going",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Ending")
            yield* allocateDue({ budgetId })
            const start = yield* today
            yield* recordPayment({
              budgetId,
              idempotencyKey: "dp-1",
              stream: "council-social-care",
              mechanism: "direct-payment",
              amountPence: 7_000,
              date: start,
              payee: "Direct payment account",
            })
            yield* recordSpending({
              budgetId,
              idempotencyKey: "spend-1",
              lineId: "l1",
              category: "personal-assistant",
              stream: "council-social-care",
              mechanism: "direct-payment",
              amountPence: 2_400,
              date: start,
              payee: "A personal assistant",
            })

            // A breach needs notice: it cannot stop the payments the same day.
            assert.strictEqual(
              yield* tagOf(
                giveDirectPaymentNotice({
                  journeyId,
                  reason: "condition-breached",
                  explanation: "Receipts were not kept for three months.",
                  immediateBecause: "We want it stopped now.",
                  alternative,
                }),
              ),
              "InvalidInput",
            )
            const noticed = yield* giveDirectPaymentNotice({
              journeyId,
              reason: "persons-request",
              explanation: "You told us managing the account has become too much.",
              alternative,
            })
            const ending = noticed.directPaymentEnding!
            assert.strictEqual(ending.noticeGivenOn, start)
            assert.strictEqual(ending.endsOn, addDays(start, 28))
            const notice = yield* getDecision({ decisionId: ending.noticeDecisionId })
            assert.strictEqual(notice.kind, "direct-payment-ending")
            assert.isTrue(
              notice.reasons.some(
                (r) => r.criterion === "direct-payment-ending/alternative" && r.met === true,
              ),
            )
            // Notice once: a second notice while one runs is refused.
            assert.strictEqual(
              yield* tagOf(
                giveDirectPaymentNotice({
                  journeyId,
                  reason: "persons-request",
                  explanation: "Again.",
                  alternative,
                }),
              ),
              "InvalidInput",
            )

            // No money moves before the notice has run and the underspend has been discussed.
            const postingsBefore = (yield* ledgerHistory({ budgetId })).length
            assert.strictEqual(
              yield* tagOf(completeDirectPaymentEnding({ journeyId })),
              "MissingStep",
            )
            yield* recordUnderspendDiscussion({
              journeyId,
              withWhom: "The person and her care coordinator",
              summary: "£46 is left because the personal assistant was off sick for three weeks.",
            })
            assert.strictEqual(
              yield* tagOf(completeDirectPaymentEnding({ journeyId })),
              "MissingStep",
            )
            time.advanceDays(27)
            assert.strictEqual(
              yield* tagOf(completeDirectPaymentEnding({ journeyId })),
              "MissingStep",
            )
            assert.strictEqual((yield* ledgerHistory({ budgetId })).length, postingsBefore)

            time.advanceDays(1)
            const ended = yield* completeDirectPaymentEnding({ journeyId })
            const completed = ended.directPaymentEnding!.completed!
            // 7,000p paid in, 2,400p spent: 4,600p goes back, to the penny.
            assert.strictEqual(completed.returnedPence, 4_600)
            const balances = Object.fromEntries(
              (yield* ledgerBalances({ budgetId })).accounts.map((a) => [
                a.account,
                a.balancePence,
              ]),
            )
            assert.strictEqual(balances["held:direct-payment:council-social-care"] ?? 0, 0)
            assert.strictEqual(balances["returned:council-social-care"], 4_600)

            // The support carries on: the plan's direct-payment lines are now council-arranged.
            const { journey } = yield* getJourney({ journeyId })
            assert.strictEqual(journey.stage, "active")
            const inForce = journey.plans.find((p) => p.version === journey.approved!.planVersion)!
            assert.isTrue(inForce.content.lines.every((l) => l.deliveryMechanism === "notional"))
            const after = yield* getBudget({ budgetId })
            assert.strictEqual(after.status, "active")
            // The budget is held as its lines now are.
            assert.strictEqual(after.deliveryMechanism, "notional")
            const closing = yield* getDecision({ decisionId: completed.decisionId })
            assert.strictEqual(closing.outcome, "direct-payments-ended")
            assert.strictEqual(closing.supersedes, ending.noticeDecisionId)
            // A retry answers what was done.
            assert.strictEqual(
              yield* tagOf(completeDirectPaymentEnding({ journeyId })),
              "MissingStep",
            )
          }),
        ),
    )

    it.effect("stops the same day only for a reason the law allows, with why", () =>
      asFinance(
        Effect.gen(function* () {
          const { journeyId } = yield* activeBudget("AtOnce")
          const noticed = yield* giveDirectPaymentNotice({
            journeyId,
            reason: "conditions-no-longer-met",
            explanation: "The nominee has withdrawn and no one else can manage the account.",
            immediateBecause: "No one can manage the account from today.",
            alternative: { ...alternative, mechanism: "third-party", personAgreed: false },
          })
          assert.strictEqual(noticed.directPaymentEnding!.endsOn, yield* today)
          assert.strictEqual(
            yield* tagOf(completeDirectPaymentEnding({ journeyId })),
            "MissingStep",
          )
          yield* recordUnderspendDiscussion({
            journeyId,
            withWhom: "The person's sister",
            summary: "Nothing has been paid in yet.",
          })
          const ended = yield* completeDirectPaymentEnding({ journeyId })
          assert.strictEqual(ended.directPaymentEnding!.completed!.returnedPence, 0)
        }),
      ),
    )

    it.effect(
      "withdraws a notice challenged with success before the payments stop, and they carry on",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { journeyId } = yield* activeBudget("Withdrawn")
            const noticed = yield* giveDirectPaymentNotice({
              journeyId,
              reason: "condition-breached",
              explanation: "Receipts were not kept for three months.",
              alternative,
            })
            const noticeId = noticed.directPaymentEnding!.noticeDecisionId
            const challenge = yield* lodgeChallenge({
              decisionId: noticeId,
              grounds: "The receipts were kept: they were sent to the wrong address.",
            })
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "upheld",
              reasons: ["The receipts arrived at the old office; nothing was breached."],
            })
            const { journey } = yield* getJourney({ journeyId })
            assert.isNull(journey.directPaymentEnding)
            const inForce = journey.plans.find((p) => p.version === journey.approved!.planVersion)!
            assert.isTrue(
              inForce.content.lines.every((l) => l.deliveryMechanism === "direct-payment"),
            )
            assert.strictEqual(
              yield* tagOf(completeDirectPaymentEnding({ journeyId })),
              "MissingStep",
            )
          }),
        ),
    )

    it.effect(
      "runs a notice given by letter before it was recorded from the day it was given",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { journeyId } = yield* activeBudget("Letter")
            time.advanceDays(14)
            const recordedOn = yield* today
            const givenOn = addDays(recordedOn, -10)
            const noticed = yield* giveDirectPaymentNotice({
              journeyId,
              reason: "persons-request",
              explanation: "You wrote to ask for the council to arrange your support.",
              alternative,
              effectiveFrom: givenOn,
            })
            const ending = noticed.directPaymentEnding!
            assert.strictEqual(ending.noticeGivenOn, givenOn)
            assert.strictEqual(ending.endsOn, addDays(givenOn, 28))
            const notice = yield* getDecision({ decisionId: ending.noticeDecisionId })
            assert.isTrue(
              notice.reasons.some(
                (r) =>
                  r.criterion === "direct-payment-ending/notice-given-on" &&
                  r.text.includes(`it counts from ${givenOn}`),
              ),
            )
            yield* recordUnderspendDiscussion({
              journeyId,
              withWhom: "The person",
              summary: "Nothing is left over.",
            })
            // Eighteen days after it was recorded, the 28 days from the letter have run.
            time.advanceDays(17)
            assert.strictEqual(
              yield* tagOf(completeDirectPaymentEnding({ journeyId })),
              "MissingStep",
            )
            time.advanceDays(1)
            assert.strictEqual(yield* tagOf(completeDirectPaymentEnding({ journeyId })), "ok")
          }),
        ),
    )
  })
})
