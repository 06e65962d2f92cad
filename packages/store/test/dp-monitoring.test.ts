import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  checkDirectPaymentSurplus,
  Contracts,
  confirmRecovery,
  CurrentActor,
  getBudget,
  getJourney,
  ledgerBalances,
  ledgerHistory,
  lodgeChallenge,
  londonDateOf,
  offsetWithinOnePeriod,
  onePaymentPeriodPence,
  recordAllocation,
  recordPayment,
  resolveChallenge,
  reviewChallenge,
  submitDirectPaymentStatement,
  workQueue,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect } from "effect"
import {
  countRows,
  layerTestRuntime,
  makeTestClock,
  type TestClockControl,
  testDatabaseKind,
} from "../src/testing.ts"
import { activeBudget, asFinanceOn, councilId, integratedPlan } from "./ledgerSupport.ts"

/** A direct-payment officer who is not a manager. */
const officer = new Actor({ subject: "dp-officer", roles: ["finance"], councilId })

const todayOn = (time: TestClockControl) => londonDateOf(time.clock.currentTimeMillisUnsafe())

const balanceOf = (budgetId: string, account: string) =>
  Effect.map(
    ledgerBalances({ budgetId }),
    (b) => b.accounts.find((a) => a.account === account)?.balancePence ?? 0,
  )
const held = (budgetId: string, stream = "council-social-care") =>
  balanceOf(budgetId, `held:direct-payment:${stream}`)
const postings = countRows("ledger_postings")

/** A stream's weekly allocation as core gives it to the monitoring policy. */
const weeklyOf = (budgetId: string, stream: string) =>
  Effect.map(getBudget({ budgetId }), (budget) =>
    Math.round((budget.fundingStreams.find((s) => s.stream === stream)?.amountPence ?? 0) / 52),
  )

/** Pays `pence` into the budget's direct-payment account for a stream, today. */
const payIn = (budgetId: string, stream: string, pence: number, key: string, date: string) =>
  Effect.gen(function* () {
    yield* recordAllocation({
      budgetId,
      idempotencyKey: `a-${key}`,
      stream,
      amountPence: pence,
      date,
    })
    yield* recordPayment({
      budgetId,
      idempotencyKey: `p-${key}`,
      stream,
      mechanism: "direct-payment",
      amountPence: pence,
      date,
      payee: "DP account",
    })
  })

describe(`direct-payment monitoring on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "a proposal about money held past the 12-month limit is flagged, and only a manager with reasons recovers it",
      () => {
        const time = makeTestClock()
        const as = asFinanceOn(time)
        return Effect.gen(function* () {
          const { budgetId } = yield* as(activeBudget("Late"))
          const started = todayOn(time)
          const weekly = yield* as(weeklyOf(budgetId, "council-social-care"))
          yield* as(payIn(budgetId, "council-social-care", weekly * 20, "1", started))
          // A year and a day on: the first day past "within 12 months" of the start.
          time.advanceDays(366)
          const proposal = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(proposal.outcome, "proposed-recovery")
          assert.deepStrictEqual(proposal.flags, ["late-monitoring"])
          assert.strictEqual(proposal.policy.id, "openpb/england-care-act")
          const late = proposal.reasons.find((r) => r.criterion === "care-act/dp-monitoring/late")
          assert.strictEqual(late?.met, false)
          assert.include(late?.text, `held since ${started}`)
          assert.include(late?.text, "a manager must review the proposal")

          // A second look at the same money is as late: an open proposal clears nothing.
          time.advanceDays(1)
          const again = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.deepStrictEqual(again.flags, ["late-monitoring"])

          // The work queue finds it by its flag, and says why.
          const flagged = yield* as(workQueue({ flags: ["late-monitoring"], first: 100 }))
          const item = flagged.items.find((i) => i.subjectId === proposal.id)
          assert.isDefined(item)
          assert.deepStrictEqual(item?.flags, ["late-monitoring"])
          assert.include(item?.rule, "a manager must confirm any recovery")
          assert.isTrue(flagged.items.every((i) => i.flags.includes("late-monitoring")))

          time.advanceDays(29)
          const before = yield* as(held(budgetId))
          const rows = yield* as(postings)
          const unconfirmed = yield* Effect.flip(
            asOfficer(time, confirmRecovery({ budgetId, decisionId: proposal.id })),
          )
          assert.strictEqual(unconfirmed._tag, "ManagerConfirmationRequired")
          const notManager = yield* Effect.flip(
            asOfficer(
              time,
              confirmRecovery({
                budgetId,
                decisionId: proposal.id,
                managerReason: "I say so",
              }),
            ),
          )
          assert.strictEqual(notManager._tag, "Forbidden")
          const noReason = yield* Effect.flip(
            as(confirmRecovery({ budgetId, decisionId: proposal.id })),
          )
          assert.strictEqual(noReason._tag, "ManagerConfirmationRequired")
          const blank = yield* Effect.flip(
            as(confirmRecovery({ budgetId, decisionId: proposal.id, managerReason: "   " })),
          )
          assert.strictEqual(blank._tag, "InvalidInput")
          assert.strictEqual(yield* as(postings), rows, "nothing was posted")

          const recovery = yield* as(
            confirmRecovery({
              budgetId,
              decisionId: proposal.id,
              managerReason: "The holder agreed the money is not needed; no hardship found.",
            }),
          )
          assert.strictEqual(recovery.createdBy, "finance-officer")
          assert.include(recovery.memo, "confirmed by a manager after late monitoring")
          assert.include(recovery.memo, "no hardship found")
          assert.strictEqual(
            yield* as(held(budgetId)),
            before - (proposal.amounts.surplusPence ?? 0),
          )
        })
      },
    )

    it.effect(
      "a proposal within the limit is not flagged and the officer recovers it; a check that found nothing restarts the count",
      () => {
        const time = makeTestClock()
        const as = asFinanceOn(time)
        return Effect.gen(function* () {
          const { budgetId } = yield* as(activeBudget("OnTime"))
          const weekly = yield* as(weeklyOf(budgetId, "council-social-care"))
          // Nothing held yet: the check finds the account within its buffer.
          time.advanceDays(360)
          const nothing = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(nothing.outcome, "none")
          // Two months on (past a year from the start), the money paid in since is on time.
          time.advanceDays(60)
          yield* as(payIn(budgetId, "council-social-care", weekly * 20, "1", todayOn(time)))
          const proposal = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(proposal.outcome, "proposed-recovery")
          assert.deepStrictEqual(proposal.flags, [])
          assert.isFalse(proposal.reasons.some((r) => r.met === false))
          const queue = yield* as(workQueue({ flags: ["late-monitoring"], first: 100 }))
          assert.isFalse(queue.items.some((i) => i.subjectId === proposal.id))
          time.advanceDays(29)
          const recovery = yield* asOfficer(
            time,
            confirmRecovery({ budgetId, decisionId: proposal.id }),
          )
          assert.strictEqual(recovery.createdBy, "dp-officer")
          assert.notInclude(recovery.memo, "manager")
        })
      },
    )

    it.effect("the holder's note on their latest statement is shown on the proposal", () => {
      const time = makeTestClock()
      const as = asFinanceOn(time)
      return Effect.gen(function* () {
        const { budgetId } = yield* as(activeBudget("Noted"))
        const weekly = yield* as(weeklyOf(budgetId, "council-social-care"))
        const started = todayOn(time)
        yield* as(payIn(budgetId, "council-social-care", weekly * 20, "1", started))
        time.advanceDays(14)
        const periodEnd = todayOn(time)
        const note = "I was in hospital for two weeks; the money is kept for when I am home."
        yield* as(
          submitDirectPaymentStatement({
            budgetId,
            periodEnd,
            closingBalancePence: weekly * 20,
            receipts: 0,
            note,
          }),
        )
        // A statement for an earlier period sent in afterwards is not the latest.
        yield* as(
          submitDirectPaymentStatement({
            budgetId,
            periodEnd: started,
            closingBalancePence: weekly * 20,
            receipts: 0,
            note: "an earlier period",
          }),
        )
        const proposal = yield* as(
          checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
        )
        const shown = proposal.reasons.filter((r) => r.criterion === "clawback/statement-note")
        assert.strictEqual(shown.length, 1)
        assert.include(shown[0]?.text, note)
        assert.include(shown[0]?.text, `period ending ${periodEnd}`)
        assert.strictEqual(shown[0]?.met, null)
        assert.deepInclude(proposal.inputs, {
          statement: { periodEnd, receivedOn: periodEnd, note },
        })
        // The replay carries the holder's words as recorded: the same decision again.
        const replay = yield* as(Contracts.ReplayDecision.run({ decisionId: proposal.id }))
        assert.isTrue(replay.same, JSON.stringify(replay.differences))

        // A statement without a note adds no reason.
        const other = yield* as(activeBudget("NoNote"))
        yield* as(payIn(other.budgetId, "council-social-care", weekly * 20, "1", todayOn(time)))
        yield* as(
          submitDirectPaymentStatement({
            budgetId: other.budgetId,
            periodEnd: todayOn(time),
            closingBalancePence: weekly * 20,
            receipts: 2,
          }),
        )
        const plain = yield* as(
          checkDirectPaymentSurplus({ budgetId: other.budgetId, stream: "council-social-care" }),
        )
        assert.isFalse(plain.reasons.some((r) => r.criterion === "clawback/statement-note"))
      })
    })

    it.effect(
      "recovery waits while a challenge to the proposal is open, and goes ahead once it is not upheld",
      () => {
        const time = makeTestClock()
        const as = asFinanceOn(time)
        return Effect.gen(function* () {
          const { budgetId } = yield* as(activeBudget("Waits"))
          const weekly = yield* as(weeklyOf(budgetId, "council-social-care"))
          yield* as(payIn(budgetId, "council-social-care", weekly * 20, "1", todayOn(time)))
          const proposal = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          const challenge = yield* as(
            lodgeChallenge({
              decisionId: proposal.id,
              grounds: "The money is set aside for a course that starts next month",
            }),
          )
          time.advanceDays(29)
          const rows = yield* as(postings)
          const lodged = yield* Effect.flip(
            as(confirmRecovery({ budgetId, decisionId: proposal.id })),
          )
          assert.strictEqual(lodged._tag, "RecoveryAwaitsChallenge")
          if (lodged._tag === "RecoveryAwaitsChallenge") {
            assert.strictEqual(lodged.challengeId, challenge.id)
            assert.strictEqual(lodged.status, "lodged")
          }
          yield* as(reviewChallenge({ challengeId: challenge.id }))
          const underReview = yield* Effect.flip(
            as(confirmRecovery({ budgetId, decisionId: proposal.id })),
          )
          assert.strictEqual(underReview._tag, "RecoveryAwaitsChallenge")
          assert.strictEqual(yield* as(postings), rows, "nothing moved while it was challenged")
          yield* as(
            resolveChallenge({
              challengeId: challenge.id,
              result: "not-upheld",
              reasons: ["No course was booked; the surplus is not committed."],
            }),
          )
          const before = yield* as(held(budgetId))
          yield* as(confirmRecovery({ budgetId, decisionId: proposal.id }))
          assert.strictEqual(
            yield* as(held(budgetId)),
            before - (proposal.amounts.surplusPence ?? 0),
          )
        })
      },
    )

    it.effect(
      "an NHS offset is capped by one period's amount, the same figure proposing and confirming",
      () => {
        const time = makeTestClock()
        const as = asFinanceOn(time)
        return Effect.gen(function* () {
          const { budgetId } = yield* as(activeBudget("Capped", integratedPlan))
          const budget = yield* as(getBudget({ budgetId }))
          const annual =
            budget.fundingStreams.find((s) => s.stream === "nhs-health")?.amountPence ?? 0
          assert.isAbove(annual, 0, "the test budget has an NHS share")
          const weekly = Math.round(annual / 52)
          // Half a year of NHS money held: far more than the buffer and one period.
          yield* as(payIn(budgetId, "nhs-health", Math.round(annual / 2), "1", todayOn(time)))
          const proposal = yield* as(checkDirectPaymentSurplus({ budgetId, stream: "nhs-health" }))
          assert.strictEqual(proposal.outcome, "proposed-offset")
          // The NHS rule's default payment period is four weeks.
          const cap = onePaymentPeriodPence(weekly, 4)
          assert.strictEqual(proposal.amounts.offsetCapPence, cap)
          assert.strictEqual(proposal.amounts.surplusPence, cap, "the surplus is above the cap")
          time.advanceDays(29)
          const before = yield* as(held(budgetId, "nhs-health"))
          const posting = yield* as(confirmRecovery({ budgetId, decisionId: proposal.id }))
          const moved =
            posting.entries.find((e) => e.account === "returned:nhs-health")?.amountPence ?? 0
          assert.strictEqual(moved, offsetWithinOnePeriod(Math.round(annual / 2), cap))
          assert.strictEqual(moved, cap)
          assert.strictEqual(yield* as(held(budgetId, "nhs-health")), before - cap)
        })
      },
    )

    it.effect(
      "the person's own contribution in a surplus is refunded by a balanced posting, once, to the penny",
      () => {
        const time = makeTestClock()
        const as = asFinanceOn(time)
        return Effect.gen(function* () {
          const { budgetId, journeyId } = yield* as(activeBudget("Refund"))
          const contribution =
            (yield* as(getJourney({ journeyId }))).journey.financial?.weeklyContributionPence ?? 0
          assert.isAbove(contribution, 0, "the demo person pays a contribution")
          const weekly = yield* as(weeklyOf(budgetId, "council-social-care"))
          const buffer = weekly * 8
          // A surplus of 1,234 pence, all of it the person's own contribution.
          yield* as(payIn(budgetId, "council-social-care", buffer + 1_234, "1", todayOn(time)))
          const refundOnly = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(refundOnly.outcome, "refund-contribution")
          assert.strictEqual(refundOnly.amounts.refundPence, 1_234)
          assert.isTrue(refundOnly.reasons.some((r) => r.criterion === "clawback/refund"))
          assert.isFalse(
            refundOnly.reasons.some((r) => r.criterion === "clawback/notice"),
            "a refund needs no notice",
          )
          const refund = (yield* as(ledgerHistory({ budgetId }))).find(
            (p) => p.kind === "refund" && p.decisionId === refundOnly.id,
          )
          assert.isDefined(refund)
          assert.strictEqual(refund?.idempotencyKey, `refund:${refundOnly.id}`)
          assert.deepStrictEqual(refund?.entries, [
            { account: "refunded:person", amountPence: 1_234 },
            { account: "held:direct-payment:council-social-care", amountPence: -1_234 },
          ])
          assert.strictEqual(
            refund?.entries.reduce((sum, e) => sum + e.amountPence, 0),
            0,
            "debits equal credits",
          )
          assert.strictEqual(yield* as(held(budgetId)), buffer, "back to the buffer to the penny")
          assert.strictEqual(yield* as(balanceOf(budgetId, "refunded:person")), 1_234)
          // Checked again, nothing is left to refund: no second refund.
          const rows = yield* as(postings)
          const again = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(again.outcome, "none")
          assert.strictEqual(yield* as(postings), rows)
          const replay = yield* as(Contracts.ReplayDecision.run({ decisionId: refundOnly.id }))
          assert.isTrue(replay.same, JSON.stringify(replay.differences))

          // A surplus larger than the contribution: the contribution back now, the rest proposed.
          const extra = contribution * 4 + 5_000
          yield* as(payIn(budgetId, "council-social-care", extra, "2", todayOn(time)))
          const mixed = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(mixed.outcome, "proposed-recovery")
          assert.strictEqual(mixed.amounts.refundPence, contribution * 4)
          assert.strictEqual(mixed.amounts.surplusPence, 5_000)
          assert.strictEqual(yield* as(held(budgetId)), buffer + 5_000)
          time.advanceDays(29)
          yield* as(confirmRecovery({ budgetId, decisionId: mixed.id }))
          assert.strictEqual(yield* as(held(budgetId)), buffer)
          assert.strictEqual(
            yield* as(balanceOf(budgetId, "refunded:person")),
            1_234 + contribution * 4,
          )
        })
      },
    )
  })
})

/** Runs an effect as the direct-payment officer (no manager), on the test's clock. */
const asOfficer = <A, E, R>(time: TestClockControl, effect: Effect.Effect<A, E, R>) =>
  effect.pipe(
    Effect.provideService(CurrentActor, officer),
    Effect.provideService(Clock.Clock, time.clock),
  )
