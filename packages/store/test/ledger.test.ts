import { assert, describe, layer } from "@effect/vitest"
import {
  allocateDue,
  BudgetId,
  budgetStatement,
  checkDirectPaymentSurplus,
  confirmRecovery,
  endJourney,
  getBudget,
  JourneyId,
  listDecisions,
  lodgeChallenge,
  resolveChallenge,
  ledgerHistory,
  londonDateOf,
  ledgerBalances,
  onePaymentPeriodPence,
  postEntries,
  recordAllocation,
  recordPayment,
  recordSpending,
  resumeBudget,
  reversePosting,
  directPaymentStatementDue,
  spendingAgainstPlan,
  submitDirectPaymentStatement,
  suspendBudget,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect } from "effect"
import { countRows, layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, asFinanceOn, integratedPlan } from "./ledgerSupport.ts"

const time = makeTestClock()
const asFinance = asFinanceOn(time)
const balanceOf = (budgetId: string, account: string) =>
  Effect.map(
    ledgerBalances({ budgetId }),
    (b) => b.accounts.find((a) => a.account === account)?.balancePence ?? 0,
  )
const rows = Effect.all([countRows("ledger_postings"), countRows("ledger_entries")])

/**
 * An active budget whose direct-payment account holds 20 weeks of allocation paid in on `date`,
 * and the surplus proposal the monitoring policy makes of it.
 */
const surplusProposal = (name: string, date: string) =>
  Effect.gen(function* () {
    const { budgetId } = yield* activeBudget(name)
    const budget = yield* getBudget({ budgetId })
    const weekly = Math.round(
      (budget.fundingStreams.find((s) => s.stream === "council-social-care")?.amountPence ?? 0) /
        52,
    )
    yield* recordAllocation({
      budgetId,
      idempotencyKey: "a",
      stream: "council-social-care",
      amountPence: weekly * 20,
      date,
    })
    yield* recordPayment({
      budgetId,
      idempotencyKey: "p",
      stream: "council-social-care",
      mechanism: "direct-payment",
      amountPence: weekly * 20,
      date,
      payee: "DP",
    })
    const proposal = yield* checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" })
    return { budgetId, proposal }
  })

describe(`the ledger on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "allocates each period pro rata, pauses while suspended and restarts on resumption",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Sched")
            const budget = yield* getBudget({ budgetId })
            const first = yield* allocateDue({ budgetId })
            assert.strictEqual(
              first.length,
              budget.fundingStreams.length,
              "the first period is allocated on the first day",
            )
            const again = yield* allocateDue({ budgetId })
            assert.deepStrictEqual(
              again.map((p) => p.id),
              first.map((p) => p.id),
              "running it again posts nothing new",
            )
            yield* suspendBudget({ journeyId, reason: "a hospital stay" })
            time.advanceDays(60)
            yield* resumeBudget({ journeyId })
            const allocations = Effect.map(
              ledgerHistory({ budgetId }),
              (ps) => ps.filter((p) => p.kind === "allocation").length,
            )
            const beforeResume = yield* allocations
            yield* allocateDue({ budgetId })
            assert.strictEqual(
              yield* allocations,
              beforeResume,
              "the weekly periods starting on days 7 to 56 fell in the pause",
            )
            time.advanceDays(24)
            yield* allocateDue({ budgetId })
            assert.strictEqual(
              yield* allocations,
              beforeResume + 4 * budget.fundingStreams.length,
              "the plan's lines are weekly: days 63, 70, 77 and 84 are allocated",
            )
            // Day 0's period began the day the pause did, so the suspension took it back: a
            // period that starts in a pause is never due, whenever the pause is recorded.
            const expectedPerPeriod = Math.round((budget.amountPence * 7) / 365)
            assert.strictEqual(
              yield* balanceOf(budgetId, "allocated:council-social-care"),
              expectedPerPeriod * 4,
            )
          }),
        ),
    )

    it.effect(
      "refuses zero, negative and unbalanced amounts, unknown accounts and ended budgets, writing nothing",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Bad")
            const before = yield* rows
            const base = {
              budgetId,
              idempotencyKey: "bad-1",
              stream: "council-social-care",
              date: "2026-11-24",
            }
            for (const amountPence of [0, -100, 10.5]) {
              const error = yield* Effect.flip(recordAllocation({ ...base, amountPence }))
              assert.strictEqual(error._tag, "InvalidInput")
            }
            const unknownStream = yield* Effect.flip(
              recordAllocation({ ...base, stream: "lottery", amountPence: 100 }),
            )
            assert.strictEqual(unknownStream._tag, "InvalidInput")
            const overdraw = yield* Effect.flip(
              recordPayment({
                ...base,
                mechanism: "direct-payment",
                amountPence: 999_999_999,
                payee: "DP",
              }),
            )
            assert.strictEqual(overdraw._tag, "InsufficientFunds")
            const budget = yield* getBudget({ budgetId })
            const unbalanced = yield* Effect.flip(
              postEntries(budget, {
                budgetId: budget.id,
                kind: "allocation",
                idempotencyKey: "bad-2",
                entries: [
                  { account: "allocated:council-social-care", amountPence: 100 },
                  { account: "source:council-social-care", amountPence: -99 },
                ],
                effectiveDate: "2026-11-24",
                memo: "",
              }),
            )
            assert.strictEqual(unbalanced._tag, "InvalidInput")
            assert.deepStrictEqual(yield* rows, before)
            yield* endJourney({
              journeyId: JourneyId.make(journeyId),
              reason: "moved-away",
              note: "",
            })
            const afterEnd = yield* rows
            const closed = yield* Effect.flip(
              recordAllocation({ ...base, idempotencyKey: "bad-3", amountPence: 100 }),
            )
            assert.strictEqual(closed._tag, "BudgetNotOpen")
            assert.deepStrictEqual(yield* rows, afterEnd)
          }),
        ),
    )

    it.effect(
      "a retried key posts once and returns the first posting; a reused key for another request is refused",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId } = yield* activeBudget("Retry")
            const request = {
              budgetId,
              idempotencyKey: "same",
              stream: "council-social-care",
              amountPence: 5_000,
              date: "2026-11-24",
            }
            const first = yield* recordAllocation(request)
            const second = yield* recordAllocation(request)
            assert.strictEqual(second.id, first.id)
            const conflict = yield* Effect.flip(
              recordAllocation({ ...request, amountPence: 6_000 }),
            )
            assert.strictEqual(conflict._tag, "IdempotencyConflict")
            // The same key with only the memo changed is another request too, not a retry.
            const memo = yield* Effect.flip(recordAllocation({ ...request, memo: "a top-up" }))
            assert.strictEqual(memo._tag, "IdempotencyConflict")
          }),
        ),
    )

    it.effect("spending against plan, statements and reversals add up", () =>
      asFinance(
        Effect.gen(function* () {
          const { budgetId } = yield* activeBudget("Spend")
          // The budget starts today, on the shared test clock.
          const date = londonDateOf(time.clock.currentTimeMillisUnsafe())
          yield* recordAllocation({
            budgetId,
            idempotencyKey: "a",
            stream: "council-social-care",
            amountPence: 100_000,
            date,
          })
          yield* recordPayment({
            budgetId,
            idempotencyKey: "p",
            stream: "council-social-care",
            mechanism: "direct-payment",
            amountPence: 60_000,
            date,
            payee: "DP account",
          })
          const before = yield* rows
          const early = yield* Effect.flip(
            recordSpending({
              budgetId,
              idempotencyKey: "early",
              lineId: "l1",
              category: "personal-assistant",
              stream: "council-social-care",
              mechanism: "direct-payment",
              amountPence: 1_000,
              date: "2020-01-31",
              payee: "PA",
            }),
          )
          assert.strictEqual(early._tag, "InvalidInput")
          assert.include(early.message, "spending dated 2020-01-31 is before the budget started on")
          assert.deepStrictEqual(yield* rows, before)
          const spent = yield* recordSpending({
            budgetId,
            idempotencyKey: "s",
            lineId: "l1",
            category: "personal-assistant",
            stream: "council-social-care",
            mechanism: "direct-payment",
            amountPence: 7_200,
            date,
            payee: "PA",
            receiptReference: "R-1",
          })
          const plan = yield* spendingAgainstPlan({ budgetId })
          const line = plan.lines.find((l) => l.lineId === "l1")!
          assert.strictEqual(line.spentPence, 7_200)
          assert.strictEqual(line.leftPence, line.plannedPence - 7_200)
          yield* reversePosting({
            budgetId,
            idempotencyKey: "r",
            postingId: spent.id,
            reason: "duplicate receipt",
          })
          assert.strictEqual(yield* balanceOf(budgetId, "spent:l1"), 0)
          const twice = yield* Effect.flip(
            reversePosting({
              budgetId,
              idempotencyKey: "r2",
              postingId: spent.id,
              reason: "again",
            }),
          )
          assert.strictEqual(twice._tag, "InvalidInput")
          const statement = yield* budgetStatement({
            budgetId,
            from: "2026-11-01",
            to: "2030-12-31",
          })
          assert.isAtLeast(statement.postings.length, 4)
          assert.strictEqual(
            statement.closing.find((a) => a.account === "held:direct-payment:council-social-care")
              ?.balancePence,
            60_000,
          )
        }),
      ),
    )

    it.effect(
      "a challenge to a surplus proposal that succeeds cancels it; one that succeeds in part leaves only the rest to recover",
      () =>
        asFinance(
          Effect.gen(function* () {
            const propose = (name: string) =>
              Effect.gen(function* () {
                const today = yield* Effect.map(Clock.currentTimeMillis, londonDateOf)
                const proposed = yield* surplusProposal(name, today)
                assert.strictEqual(proposed.proposal.outcome, "proposed-recovery")
                return proposed
              })

            const whole = yield* propose("Challenged")
            const lodged = yield* lodgeChallenge({
              decisionId: whole.proposal.id,
              grounds: "I was in hospital; the money was kept for when I am home",
            })
            const resolved = yield* resolveChallenge({
              challengeId: lodged.id,
              result: "upheld",
              reasons: ["The surplus is explained by the hospital stay."],
            })
            assert.strictEqual(resolved.status, "upheld")
            time.advanceDays(29)
            const cancelled = yield* Effect.flip(
              confirmRecovery({ budgetId: whole.budgetId, decisionId: whole.proposal.id }),
            )
            assert.strictEqual(cancelled._tag, "InvalidInput")
            assert.include(cancelled.message, "replaced after a challenge")

            const part = yield* propose("PartChallenged")
            const partLodged = yield* lodgeChallenge({
              decisionId: part.proposal.id,
              grounds: "Some of it is set aside for a course starting next month",
            })
            const tooMuch = yield* Effect.flip(
              resolveChallenge({
                challengeId: partLodged.id,
                result: "partly-upheld",
                reasons: ["Part is committed."],
                newAmountPence: (part.proposal.amounts.surplusPence ?? 0) + 1,
              }),
            )
            assert.strictEqual(tooMuch._tag, "InvalidInput")
            yield* resolveChallenge({
              challengeId: partLodged.id,
              result: "partly-upheld",
              reasons: ["The course fee is committed; the rest may be recovered."],
              newAmountPence: 10_000,
            })
            const decisions = yield* listDecisions({
              personId: (yield* getBudget({ budgetId: part.budgetId })).personId,
            })
            const remaining = decisions.find((d) => d.supersedes === part.proposal.id)
            assert.strictEqual(remaining?.outcome, "proposed-recovery")
            const held = yield* balanceOf(part.budgetId, "held:direct-payment:council-social-care")
            yield* confirmRecovery({ budgetId: part.budgetId, decisionId: remaining!.id })
            assert.strictEqual(
              yield* balanceOf(part.budgetId, "held:direct-payment:council-social-care"),
              held - 10_000,
            )
          }),
        ),
    )

    it.effect(
      "a surplus is proposed with notice, recovered only after the window, and the recovery can be reversed",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, proposal } = yield* surplusProposal("Surplus", "2026-11-24")
            assert.strictEqual(proposal.outcome, "proposed-recovery")
            assert.isTrue(proposal.reasons.some((r) => r.criterion === "clawback/notice"))
            assert.isAbove(proposal.amounts.surplusPence ?? 0, 0)
            const early = yield* Effect.flip(confirmRecovery({ budgetId, decisionId: proposal.id }))
            assert.strictEqual(early._tag, "InvalidInput")
            time.advanceDays(29)
            const held = yield* balanceOf(budgetId, "held:direct-payment:council-social-care")
            const recovery = yield* confirmRecovery({
              budgetId,
              decisionId: BudgetId.make(proposal.id) as never,
            })
            assert.strictEqual(
              yield* balanceOf(budgetId, "held:direct-payment:council-social-care"),
              held - (proposal.amounts.surplusPence ?? 0),
            )
            // Confirmed again, on another day: the first recovery is the answer, nothing moves.
            time.advanceDays(1)
            const again = yield* confirmRecovery({ budgetId, decisionId: proposal.id })
            assert.strictEqual(again.id, recovery.id)
            assert.strictEqual(
              yield* balanceOf(budgetId, "held:direct-payment:council-social-care"),
              held - (proposal.amounts.surplusPence ?? 0),
            )
            yield* reversePosting({
              budgetId,
              idempotencyKey: "undo",
              postingId: recovery.id,
              reason: "the person explained the surplus",
            })
            assert.strictEqual(
              yield* balanceOf(budgetId, "held:direct-payment:council-social-care"),
              held,
            )
          }),
        ),
    )

    it.effect(
      "a direct-payment statement falls due by the policy's frequency and is overdue after it",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId } = yield* activeBudget("Statements")
            const first = yield* directPaymentStatementDue({ budgetId })
            assert.isFalse(first.overdue)
            time.advanceDays(12 * 7 + 1)
            assert.isTrue(
              (yield* directPaymentStatementDue({ budgetId })).overdue,
              "no statement for twelve weeks",
            )
            const today = new Date(time.clock.currentTimeMillisUnsafe()).toISOString().slice(0, 10)
            yield* submitDirectPaymentStatement({
              budgetId,
              periodEnd: today,
              closingBalancePence: 0,
              receipts: 4,
            })
            const after = yield* directPaymentStatementDue({ budgetId })
            assert.isFalse(after.overdue)
            assert.strictEqual(after.lastStatement, today)
          }),
        ),
    )

    it.effect("an NHS surplus is offset with notice, by at most one period's amount", () =>
      asFinance(
        Effect.gen(function* () {
          const { budgetId } = yield* activeBudget("Offset", integratedPlan)
          const budget = yield* getBudget({ budgetId })
          const annual =
            budget.fundingStreams.find((s) => s.stream === "nhs-health")?.amountPence ?? 0
          assert.isAbove(annual, 0, "the test budget has an NHS share")
          const date = "2026-11-24"
          const big = Math.round(annual / 2)
          yield* recordAllocation({
            budgetId,
            idempotencyKey: "a",
            stream: "nhs-health",
            amountPence: big,
            date,
          })
          yield* recordPayment({
            budgetId,
            idempotencyKey: "p",
            stream: "nhs-health",
            mechanism: "direct-payment",
            amountPence: big,
            date,
            payee: "DP",
          })
          const proposal = yield* checkDirectPaymentSurplus({ budgetId, stream: "nhs-health" })
          assert.strictEqual(proposal.outcome, "proposed-offset")
          time.advanceDays(29)
          const posting = yield* confirmRecovery({ budgetId, decisionId: proposal.id })
          const moved =
            posting.entries.find((e) => e.account === "returned:nhs-health")?.amountPence ?? 0
          // The cap the NHS rule proposed with is the one the offset is confirmed with.
          const cap = onePaymentPeriodPence(Math.round(annual / 52), 4)
          assert.strictEqual(proposal.amounts.offsetCapPence, cap)
          assert.strictEqual(moved, Math.min(proposal.amounts.surplusPence ?? 0, cap))
        }),
      ),
    )

    it.effect("ending reconciles: what is left returns to the funders", () =>
      asFinance(
        Effect.gen(function* () {
          const { budgetId, journeyId } = yield* activeBudget("End")
          yield* recordAllocation({
            budgetId,
            idempotencyKey: "a",
            stream: "council-social-care",
            amountPence: 50_000,
            date: "2026-11-24",
          })
          yield* endJourney({
            journeyId: JourneyId.make(journeyId),
            reason: "goals-reached-moving-on",
            note: "",
          })
          assert.strictEqual(yield* balanceOf(budgetId, "allocated:council-social-care"), 0)
          assert.strictEqual(yield* balanceOf(budgetId, "returned:council-social-care"), 50_000)
        }),
      ),
    )
  })
})
