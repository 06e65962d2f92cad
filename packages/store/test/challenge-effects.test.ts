import { assert, describe, layer } from "@effect/vitest"
import {
  addDays,
  allocateDue,
  annualLineCostPence,
  annualPlanCostPence,
  decidePlan,
  draftPlan,
  endJourney,
  getBudget,
  ledgerBalances,
  getJourney,
  ledgerHistory,
  listDecisions,
  lodgeChallenge,
  londonDateOf,
  periodAmount,
  resolveChallenge,
  submitPlan,
  suspendBudget,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect } from "effect"
import { countRows, layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { supportPlan } from "@openpb/scenarios"
import { toIndicativeBudget } from "./journeySupport.ts"
import { activeBudget, asFinanceOn } from "./ledgerSupport.ts"

const time = makeTestClock()
const asFinance = asFinanceOn(time)
const today = Effect.map(Clock.currentTimeMillis, londonDateOf)
const allocations = (budgetId: string) =>
  Effect.map(ledgerHistory({ budgetId }), (ps) => ps.filter((p) => p.kind === "allocation"))
const allocatedTo = (budgetId: string, stream: string) =>
  Effect.map(allocations(budgetId), (ps) =>
    ps
      .flatMap((p) => p.entries)
      .filter((e) => e.account === `allocated:${stream}`)
      .reduce((t, e) => t + e.amountPence, 0),
  )
const journeyOf = (journeyId: string) =>
  Effect.map(getJourney({ journeyId }), (answer) => answer.journey)
const rows = Effect.all([
  countRows("ledger_postings"),
  countRows("decisions"),
  countRows("budgets"),
])

describe(`an upheld challenge takes effect, on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "an upheld challenge to an approved budget raises it and tops up the allocations from its effective date",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Raised")
            const start = yield* today
            yield* allocateDue({ budgetId })
            time.advanceDays(21)
            yield* allocateDue({ budgetId })
            const before = yield* getBudget({ budgetId })
            const [first] = before.fundingStreams
            const journey = yield* journeyOf(journeyId)
            const approvalId = journey.approved!.decisionId
            const challenge = yield* lodgeChallenge({
              decisionId: approvalId,
              grounds: "The budget leaves my evenings without support",
            })
            const allocatedBefore = yield* allocatedTo(budgetId, first!.stream)
            const raise = 52_000

            // A successful challenge never lowers the budget; refused with nothing written.
            const unchanged = yield* rows
            const lower = yield* Effect.flip(
              resolveChallenge({
                challengeId: challenge.id,
                result: "upheld",
                reasons: ["Looked again"],
                newAmountPence: before.amountPence - 1,
              }),
            )
            assert.strictEqual(lower._tag, "InvalidInput")
            assert.deepStrictEqual(yield* rows, unchanged)

            // The new amount counts from day 10, inside the period that began on day 7.
            const from = addDays(start, 10)
            const resolved = yield* resolveChallenge({
              challengeId: challenge.id,
              result: "upheld",
              reasons: ["The evening support was missed from the plan's costs"],
              newAmountPence: before.amountPence + raise,
              effectiveFrom: from,
            })
            assert.strictEqual(resolved.status, "upheld")
            const after = yield* getBudget({ budgetId })
            assert.strictEqual(after.amountPence, before.amountPence + raise)
            assert.strictEqual(after.fundingStreams[0]!.amountPence, first!.amountPence + raise)
            const newFirst = first!.amountPence + raise
            const expectedTopUp =
              periodAmount(newFirst, 4) -
              periodAmount(first!.amountPence, 4) +
              2 * (periodAmount(newFirst, 7) - periodAmount(first!.amountPence, 7))
            assert.strictEqual(
              (yield* allocatedTo(budgetId, first!.stream)) - allocatedBefore,
              expectedTopUp,
              "days 10-13 of the second period, and the periods from days 14 and 21, in full",
            )
            const topUps = (yield* allocations(budgetId)).filter((p) =>
              p.idempotencyKey.startsWith("topup:"),
            )
            assert.deepStrictEqual(topUps.map((p) => p.effectiveDate).sort(), [
              from,
              addDays(start, 14),
              addDays(start, 21),
            ])

            // The superseding approval is the one in force; the original cannot be challenged again.
            const decisions = yield* listDecisions({ personId: after.personId })
            const successor = decisions.find((d) => d.supersedes === approvalId)!
            assert.strictEqual(successor.kind, "plan-approval")
            assert.strictEqual(successor.amounts.costOfMeetingNeedsPence, after.amountPence)
            assert.strictEqual((yield* journeyOf(journeyId)).approved!.decisionId, successor.id)
            const again = yield* Effect.flip(
              lodgeChallenge({ decisionId: approvalId, grounds: "Once more" }),
            )
            assert.strictEqual(again._tag, "ChallengeClosed")

            // Periods after the change are allocated at the new amount.
            time.advanceDays(7)
            yield* allocateDue({ budgetId })
            const latest = (yield* allocations(budgetId)).find(
              (p) => p.idempotencyKey === `alloc:${addDays(start, 28)}:${first!.stream}`,
            )!
            assert.strictEqual(
              latest.entries.find((e) => e.account === `allocated:${first!.stream}`)!.amountPence,
              periodAmount(newFirst, 7),
            )
          }),
        ),
    )

    it.effect(
      "an upheld challenge to a suspension withdraws it: the budget runs again and the paused weeks are allocated",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Unpaused")
            yield* allocateDue({ budgetId })
            const suspended = yield* suspendBudget({ journeyId, reason: "a hospital stay" })
            time.advanceDays(21)
            yield* allocateDue({ budgetId })
            const streams = (yield* getBudget({ budgetId })).fundingStreams.length
            const during = (yield* allocations(budgetId)).length
            const challenge = yield* lodgeChallenge({
              decisionId: suspended.suspension!.decisionId,
              grounds: "I was at home; the admission was cancelled",
            })
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "upheld",
              reasons: ["The admission did not happen"],
            })
            const journey = yield* journeyOf(journeyId)
            assert.strictEqual(journey.stage, "active")
            assert.strictEqual(journey.suspension, null)
            assert.strictEqual((yield* getBudget({ budgetId })).status, "active")
            // The day-0 period the suspension took back is put back (one posting per stream).
            assert.strictEqual(
              (yield* allocations(budgetId)).length,
              during + 3 * streams + streams,
              "the periods from days 7, 14 and 21 are allocated, and day 0's is put back",
            )
          }),
        ),
    )

    it.effect(
      "an upheld challenge to an ending restores the budget: its money returns, the weeks since are allocated, reviews restart",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Restored")
            yield* allocateDue({ budgetId })
            time.advanceDays(7)
            yield* allocateDue({ budgetId })
            const streams = (yield* getBudget({ budgetId })).fundingStreams
            const balances = () =>
              Effect.map(ledgerBalances({ budgetId }), (b) =>
                Object.fromEntries(b.accounts.map((a) => [a.account, a.balancePence])),
              )
            const beforeEnding = yield* balances()
            const ended = yield* endJourney({ journeyId, reason: "other", note: "closed in error" })
            assert.strictEqual(ended.stage, "ended")
            time.advanceDays(14)
            const challenge = yield* lodgeChallenge({
              decisionId: ended.ending!.decisionId,
              grounds: "I never asked for my budget to end",
            })
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "upheld",
              reasons: ["The ending was recorded against the wrong person"],
            })
            const journey = yield* journeyOf(journeyId)
            assert.strictEqual(journey.stage, "active")
            assert.strictEqual(journey.ending, null)
            assert.isTrue(
              journey.reviews.some((r) => r.status === "due"),
              "reviews restart",
            )
            assert.strictEqual((yield* getBudget({ budgetId })).status, "active")
            const after = yield* balances()
            for (const stream of streams) {
              assert.strictEqual(after[`returned:${stream.stream}`] ?? 0, 0)
              assert.strictEqual(
                after[`allocated:${stream.stream}`],
                (beforeEnding[`allocated:${stream.stream}`] ?? 0) +
                  2 * periodAmount(stream.amountPence, 7),
                "the money held at the ending, and the periods from days 14 and 21",
              )
            }
          }),
        ),
    )

    it.effect(
      "an upheld challenge to a financial assessment lowers the contribution and the council meets the rest",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { journeyId } = yield* activeBudget("Charged")
            const journey = yield* journeyOf(journeyId)
            const financial = journey.financial!
            assert.isAbove(financial.weeklyContributionPence, 1, "the demo person contributes")
            const challenge = yield* lodgeChallenge({
              decisionId: financial.decisionId,
              grounds: "My disability-related costs were left out",
            })
            const higher = yield* Effect.flip(
              resolveChallenge({
                challengeId: challenge.id,
                result: "upheld",
                reasons: ["Looked again"],
                newAmountPence: financial.weeklyContributionPence + 1,
              }),
            )
            assert.strictEqual(higher._tag, "InvalidInput")
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "partly-upheld",
              reasons: ["The heating costs are disability-related; the taxi fares are not"],
              newAmountPence: Math.floor(financial.weeklyContributionPence / 2),
            })
            const after = yield* journeyOf(journeyId)
            assert.strictEqual(
              after.financial!.weeklyContributionPence,
              Math.floor(financial.weeklyContributionPence / 2),
            )
            assert.notStrictEqual(after.financial!.decisionId, financial.decisionId)
            assert.strictEqual(
              after.approved!.personContributionPence + after.approved!.councilSharePence,
              journey.approved!.personContributionPence + journey.approved!.councilSharePence,
              "the council meets what the person no longer pays",
            )
            assert.isBelow(
              after.approved!.personContributionPence,
              journey.approved!.personContributionPence,
            )
          }),
        ),
    )

    it.effect(
      "an upheld challenge to a plan refusal puts the plan back before an approver, who approves it",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { journeyId } = yield* toIndicativeBudget({
              givenName: "Refused",
              familyName: "Challenge",
            })
            yield* draftPlan({ journeyId, plan: supportPlan })
            yield* submitPlan({ journeyId })
            const refused = yield* decidePlan({
              journeyId,
              approve: false,
              reasons: ["Too costly"],
              refusal: {
                ground: "equally-effective-for-less",
                explanation: "The college runs the same course free for residents.",
              },
            })
            assert.strictEqual(refused.stage, "planning")
            const refusal = (yield* listDecisions({ personId: refused.personId })).find(
              (d) => d.kind === "plan-approval" && d.outcome === "rejected",
            )!
            const challenge = yield* lodgeChallenge({
              decisionId: refusal.id,
              grounds: "The college course has no places for a year",
            })
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "upheld",
              reasons: ["The free course is not available to the person this year"],
            })
            const back = yield* journeyOf(journeyId)
            assert.strictEqual(back.stage, "awaiting-approval")
            assert.strictEqual(back.submission?.planVersion, refused.plans.at(-1)?.version)
            const approved = yield* decidePlan({
              journeyId,
              approve: true,
              reasons: ["Approved on reconsideration"],
              panelReference: "PANEL-R",
            })
            assert.strictEqual(approved.stage, "active")
          }),
        ),
    )

    it.effect(
      "a plan line refused at approval is its own decision; upheld on challenge, the line is put back and the budget topped up",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { journeyId } = yield* toIndicativeBudget({
              givenName: "Line",
              familyName: "Refused",
            })
            yield* draftPlan({ journeyId, plan: supportPlan })
            yield* submitPlan({ journeyId })
            const course = {
              ground: "equally-effective-for-less",
              explanation: "The college runs the same course free for residents.",
            }
            const unknown = yield* Effect.flip(
              decidePlan({
                journeyId,
                approve: true,
                reasons: ["Approved"],
                panelReference: "P",
                refusedLines: [{ lineId: "l9", refusal: course }],
              }),
            )
            assert.strictEqual(unknown._tag, "InvalidInput")
            const bare = yield* Effect.flip(
              decidePlan({
                journeyId,
                approve: true,
                reasons: ["Approved"],
                panelReference: "P",
                refusedLines: [
                  { lineId: "l2", refusal: { ground: "needs-not-met", explanation: "No." } },
                ],
              }),
            )
            assert.strictEqual(bare._tag, "InvalidInput")
            const approved = yield* decidePlan({
              journeyId,
              approve: true,
              reasons: ["Approved without the course"],
              panelReference: "P",
              refusedLines: [{ lineId: "l2", refusal: course }],
            })
            const budgetId = approved.budgetId!
            const lines = approved.plans.at(-1)!.content.lines
            const lineCost = annualLineCostPence(lines.find((l) => l.id === "l2")!)
            const refusedBudget = yield* getBudget({ budgetId })
            assert.strictEqual(
              refusedBudget.amountPence + lineCost,
              annualPlanCostPence(lines),
              "the budget leaves out the refused line",
            )
            const refusal = (yield* listDecisions({ personId: approved.personId })).find(
              (d) => d.kind === "plan-line-refusal",
            )!
            assert.strictEqual(refusal.outcome, "line-refused")
            assert.isTrue(refusal.reasons.some((r) => r.criterion === "refusal/explanation"))
            assert.deepStrictEqual(approved.approved!.refusedLines, [
              { lineId: "l2", decisionId: refusal.id },
            ])

            yield* allocateDue({ budgetId })
            time.advanceDays(14)
            yield* allocateDue({ budgetId })
            const allocatedBefore = yield* allocatedTo(budgetId, "council-social-care")
            const challenge = yield* lodgeChallenge({
              decisionId: refusal.id,
              grounds: "The free course has no places this year",
            })
            yield* resolveChallenge({
              challengeId: challenge.id,
              result: "upheld",
              reasons: ["No free place is available; the course is needed now"],
            })
            const after = yield* getBudget({ budgetId })
            assert.strictEqual(after.amountPence, refusedBudget.amountPence + lineCost)
            const journey = yield* journeyOf(journeyId)
            assert.strictEqual(journey.approved!.refusedLines, undefined)
            assert.strictEqual(journey.approved!.costOfMeetingNeedsPence, after.amountPence)
            const was = refusedBudget.fundingStreams[0]!.amountPence
            const now = after.fundingStreams[0]!.amountPence
            assert.strictEqual(
              (yield* allocatedTo(budgetId, "council-social-care")) - allocatedBefore,
              3 * (periodAmount(now, 7) - periodAmount(was, 7)),
              "the periods from days 0, 7 and 14 are topped up",
            )
          }),
        ),
    )

    it.effect(
      "a challenge not upheld leaves the decision, the budget and the ledger as they were",
      () =>
        asFinance(
          Effect.gen(function* () {
            const { budgetId, journeyId } = yield* activeBudget("Stands")
            yield* allocateDue({ budgetId })
            const journey = yield* journeyOf(journeyId)
            const challenge = yield* lodgeChallenge({
              decisionId: journey.approved!.decisionId,
              grounds: "I want more",
            })
            const budget = yield* getBudget({ budgetId })
            const postings = (yield* allocations(budgetId)).length
            const resolved = yield* resolveChallenge({
              challengeId: challenge.id,
              result: "not-upheld",
              reasons: ["The plan's costs meet the assessed needs"],
            })
            assert.strictEqual(resolved.status, "not-upheld")
            assert.deepStrictEqual(yield* getBudget({ budgetId }), budget)
            assert.strictEqual((yield* allocations(budgetId)).length, postings)
            assert.strictEqual(
              (yield* journeyOf(journeyId)).approved!.decisionId,
              journey.approved!.decisionId,
            )
          }),
        ),
    )
  })
})
