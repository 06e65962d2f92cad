import { readFileSync } from "node:fs"
import { join } from "node:path"
import { assert, describe, layer } from "@effect/vitest"
import {
  AccountTransactionRepository,
  Actor,
  accountTransactionsQueue,
  CouncilId,
  CurrentActor,
  checkDirectPaymentSurplus,
  decideEligibility,
  decidePlan,
  draftPlan,
  importAccountTransactions,
  ledgerBalances,
  matchAccountTransaction,
  recordAllocation,
  recordAssessment,
  recordDirectPaymentArrangements,
  recordFinancialAssessment,
  recordPayment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  spendingAgainstPlan,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { countRows, layerTestRuntime, makeTestClock, testDatabaseKind } from "@openpb/store/testing"
import { Clock, Effect, Layer } from "effect"
import { AccountFeedsLive } from "../src/index.ts"

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8")

const councilId = CouncilId.make("northmere")
const finance = new Actor({
  subject: "finance-officer",
  roles: ["finance", "council-admin", "approver", "practitioner"],
  councilId,
})
const holder = new Actor({ subject: "someone-else", roles: ["person"], councilId })

/** The demo plan's outcomes with lines a statement's payments can be told apart by. */
const plan = {
  ...supportPlan,
  lines: [
    {
      ...supportPlan.lines[0],
      id: "care",
      description: "Personal care from a home-care agency",
      category: "personal-assistant",
      provider: "Sunrise Home Care",
      unitsPerPeriod: 3,
    },
    {
      ...supportPlan.lines[0],
      id: "swim",
      description: "Swimming at the leisure centre",
      category: "sport-and-exercise",
      provider: "City Leisure Centre",
      unitCostPence: 500,
      unitsPerPeriod: 1,
    },
    {
      ...supportPlan.lines[0],
      id: "taxi",
      description: "Taxis to the day centre",
      category: "transport",
      provider: null,
      unitCostPence: 1_000,
      unitsPerPeriod: 1,
    },
    {
      ...supportPlan.lines[1],
      id: "art",
      description: "Painting materials",
      category: "hobbies-and-creative",
      provider: null,
      unitCostPence: 2_000,
    },
  ],
}

const PAID_IN = 300_000

/** A person with the plan above approved, and £3,000 paid into their direct-payment account. */
const budgetWithAccount = (familyName: string, day: string) =>
  Effect.gen(function* () {
    const { id: personId } = yield* registerPerson({ givenName: "Feed", familyName })
    const { id: journeyId } = yield* referPerson({ personId, referral })
    yield* startAssessment({ journeyId })
    yield* recordAssessment({ journeyId, assessment: eligibleAssessment })
    yield* recordFinancialAssessment({ journeyId, financial })
    yield* decideEligibility({ journeyId })
    yield* setIndicativeBudget({ journeyId })
    yield* recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements })
    yield* draftPlan({ journeyId, plan })
    yield* submitPlan({ journeyId })
    const journey = yield* decidePlan({
      journeyId,
      approve: true,
      reasons: ["meets the outcomes"],
      panelReference: "P",
    })
    const budgetId = journey.budgetId!
    const stream = "council-social-care"
    yield* recordAllocation({
      budgetId,
      idempotencyKey: "a1",
      stream,
      amountPence: PAID_IN,
      date: day,
    })
    yield* recordPayment({
      budgetId,
      idempotencyKey: "p1",
      stream,
      mechanism: "direct-payment",
      amountPence: PAID_IN,
      date: day,
      payee: "Direct-payment account",
    })
    return budgetId
  })

const held = (budgetId: string) =>
  Effect.map(
    ledgerBalances({ budgetId }),
    (b) =>
      b.accounts.find((a) => a.account === "held:direct-payment:council-social-care")
        ?.balancePence ?? 0,
  )
const spentOn = (budgetId: string, lineId: string) =>
  Effect.map(
    ledgerBalances({ budgetId }),
    (b) => b.accounts.find((a) => a.account === `spent:${lineId}`)?.balancePence ?? 0,
  )

const bankColumns = {
  date: "Date",
  dateFormat: "DD/MM/YYYY",
  debit: "Money Out",
  credit: "Money In",
  payee: "Description",
  reference: "Reference",
} as const

const feeds = [
  { format: "bank-csv", file: "bank-statement.csv", columns: bankColumns, transactions: 5 },
  { format: "ofx", file: "statement.ofx", transactions: 4 },
  { format: "camt053", file: "statement.camt053.xml", transactions: 3 },
  { format: "card-csv", file: "card-transactions.csv", transactions: 4 },
] as const

describe(`direct-payment account feeds on ${testDatabaseKind()}`, () => {
  layer(Layer.mergeAll(layerTestRuntime(EnglandDefaultPolicies), AccountFeedsLive), {
    excludeTestServices: true,
  })((it) => {
    const time = makeTestClock(Date.UTC(2026, 8, 1, 9))
    const as = <A, E, R>(effect: Effect.Effect<A, E, R>, actor: Actor = finance) =>
      effect.pipe(
        Effect.provideService(CurrentActor, actor),
        Effect.provideService(Clock.Clock, time.clock),
      )

    for (const feed of feeds)
      it.effect(`a ${feed.format} statement imported twice adds its transactions once`, () =>
        Effect.gen(function* () {
          const budgetId = yield* as(budgetWithAccount(`Twice-${feed.format}`, "2026-09-01"))
          const input = {
            budgetId,
            format: feed.format,
            fileText: fixture(feed.file),
            ...("columns" in feed ? { columns: feed.columns } : {}),
          }
          const first = yield* as(importAccountTransactions(input))
          assert.strictEqual(first.added, feed.transactions)
          assert.strictEqual(first.matched + first.queued <= feed.transactions, true)
          const rows = yield* countRows("account_transactions")
          const postings = yield* countRows("ledger_postings")
          const balance = yield* as(held(budgetId))
          const events = yield* countRows("domain_events")
          const second = yield* as(importAccountTransactions(input))
          assert.deepStrictEqual(second, {
            added: 0,
            updated: 0,
            unchanged: feed.transactions,
            matched: 0,
            queued: 0,
            problems: [],
          })
          assert.strictEqual(yield* countRows("account_transactions"), rows)
          assert.strictEqual(yield* countRows("ledger_postings"), postings, "no spending twice")
          assert.strictEqual(yield* as(held(budgetId)), balance)
          assert.strictEqual(yield* countRows("domain_events"), events, "nothing recorded")
        }),
      )

    it.effect("the same statement sent twice at once is added once", () =>
      Effect.gen(function* () {
        const budgetId = yield* as(budgetWithAccount("AtOnce", "2026-09-01"))
        const input = { budgetId, format: "card-csv", fileText: fixture("card-transactions.csv") }
        const rows = yield* countRows("account_transactions")
        const postings = yield* countRows("ledger_postings")
        const [a, b] = yield* Effect.all(
          [as(importAccountTransactions(input)), as(importAccountTransactions(input))],
          { concurrency: 2 },
        )
        assert.strictEqual(a.added + b.added, 4)
        assert.strictEqual(a.unchanged + b.unchanged, 4)
        assert.strictEqual(yield* countRows("account_transactions"), rows + 4)
        assert.strictEqual(
          yield* countRows("ledger_postings"),
          postings + a.matched + b.matched,
          "each matched payment posted once",
        )
        assert.strictEqual(a.matched + b.matched, 2)
      }),
    )

    it.effect(
      "rules match payments by payee and merchant code, post them as spending, queue the rest, and the surplus check counts them",
      () =>
        Effect.gen(function* () {
          const budgetId = yield* as(budgetWithAccount("Matching", "2026-09-01"))
          const bank = yield* as(
            importAccountTransactions({
              budgetId,
              format: "bank-csv",
              fileText: fixture("bank-statement.csv"),
              columns: bankColumns,
            }),
          )
          // Sunrise (payee is the care line's provider) and two swims (the swim line's provider)
          // match; the PA's wages name no provider and carry no merchant code.
          assert.deepStrictEqual(
            { added: bank.added, matched: bank.matched, queued: bank.queued },
            { added: 5, matched: 3, queued: 1 },
          )
          assert.strictEqual(yield* as(spentOn(budgetId, "care")), 41_250)
          assert.strictEqual(yield* as(spentOn(budgetId, "swim")), 7_000)

          const card = yield* as(
            importAccountTransactions({
              budgetId,
              format: "card-csv",
              fileText: fixture("card-transactions.csv"),
            }),
          )
          // The leisure centre by payee, the taxi by its merchant code (4121, the only transport
          // line); the pending art purchase waits; 5999 says too little and is queued.
          assert.deepStrictEqual(
            { added: card.added, matched: card.matched, queued: card.queued },
            { added: 4, matched: 2, queued: 1 },
          )
          assert.strictEqual(yield* as(spentOn(budgetId, "taxi")), 1_240)
          assert.strictEqual(yield* as(spentOn(budgetId, "art")), 0)

          // The pending card purchase settles for a different amount: updated in place, matched
          // by its merchant code (5970, the only hobbies line), at the settled amount.
          const settled = yield* as(
            importAccountTransactions({
              budgetId,
              format: "card-csv",
              fileText: fixture("card-transactions-settled.csv"),
            }),
          )
          assert.deepStrictEqual(
            { added: settled.added, updated: settled.updated, matched: settled.matched },
            { added: 0, updated: 1, matched: 1 },
          )
          assert.strictEqual(yield* as(spentOn(budgetId, "art")), 1_949)
          // The older file read again does not take the settled purchase back to pending.
          const older = yield* as(
            importAccountTransactions({
              budgetId,
              format: "card-csv",
              fileText: fixture("card-transactions.csv"),
            }),
          )
          assert.deepStrictEqual([older.added, older.updated, older.unchanged], [0, 0, 4])

          // The queue holds what no rule matched, oldest first, each with why.
          const queue = yield* as(accountTransactionsQueue({ budgetId, first: 1 }))
          assert.strictEqual(queue.items[0]?.counterparty, "UNKNOWN TRADER LTD")
          assert.include(queue.items[0]?.queueReason, "No matching rule")
          assert.isTrue(queue.hasNextPage)
          const rest = yield* as(
            accountTransactionsQueue({ budgetId, first: 10, after: queue.endCursor! }),
          )
          assert.deepStrictEqual(
            rest.items.map((t) => t.counterparty),
            ["J SMITH, PA WAGES"],
          )
          assert.isFalse(rest.hasNextPage)

          // A person matches the PA's wages by hand to the care line.
          const wages = rest.items[0]!
          const matched = yield* as(
            matchAccountTransaction({ budgetId, transactionId: wages.id, lineId: "care" }),
          )
          assert.strictEqual(matched.state, "matched")
          assert.strictEqual(matched.matchedBy, "by finance-officer")
          assert.strictEqual(yield* as(spentOn(budgetId, "care")), 41_250 + 18_000)
          const again = yield* Effect.flip(
            as(matchAccountTransaction({ budgetId, transactionId: wages.id, lineId: "care" })),
          )
          assert.strictEqual(again._tag, "InvalidInput")
          const notALine = yield* Effect.flip(
            as(
              matchAccountTransaction({
                budgetId,
                transactionId: queue.items[0]!.id,
                lineId: "groceries",
              }),
            ),
          )
          assert.strictEqual(notALine._tag, "InvalidInput")

          // The match reads back as saved, with the spending posting it became.
          const repository = yield* AccountTransactionRepository
          const saved = yield* as(repository.findById(councilId, matched.id))
          assert.deepStrictEqual(
            saved._tag === "Some"
              ? [saved.value.state, saved.value.lineId, saved.value.postingId]
              : [],
            ["matched", "care", matched.postingId],
          )

          // Every matched payment is spending in the ledger: the surplus check reads the balance
          // those postings left, not the £3,000 paid in.
          const spent = 41_250 + 7_000 + 3_500 + 1_240 + 1_949 + 18_000
          assert.strictEqual(yield* as(held(budgetId)), PAID_IN - spent)
          // Spending against the plan, line by line and by category, reads the same postings.
          const against = yield* as(spendingAgainstPlan({ budgetId }))
          assert.deepStrictEqual(
            Object.fromEntries(against.categories.map((c) => [c.category, c.spentPence])),
            {
              "personal-assistant": 41_250 + 18_000,
              "sport-and-exercise": 7_000 + 3_500,
              transport: 1_240,
              "hobbies-and-creative": 1_949,
            },
          )
          time.advanceDays(60)
          const check = yield* as(
            checkDirectPaymentSurplus({ budgetId, stream: "council-social-care" }),
          )
          assert.strictEqual(check.inputs.balancePence, PAID_IN - spent)
        }),
    )

    it.effect("a file that cannot be read is refused, line by line, and nothing is written", () =>
      Effect.gen(function* () {
        const budgetId = yield* as(budgetWithAccount("Refused", "2026-09-01"))
        const rows = yield* countRows("account_transactions")
        const postings = yield* countRows("ledger_postings")
        const events = yield* countRows("domain_events")
        const bad = fixture("bank-statement.csv")
          .replace("412.50", "41x.50")
          .replace("12/10/2026", "32/10/2026")
        const error = yield* Effect.flip(
          as(
            importAccountTransactions({
              budgetId,
              format: "bank-csv",
              fileText: bad,
              columns: bankColumns,
            }),
          ),
        )
        assert.strictEqual(error._tag, "InvalidInput")
        assert.deepStrictEqual(
          error._tag === "InvalidInput" ? error.issues.map((i) => i.path) : [],
          [
            ["fileText", "line 3"],
            ["fileText", "line 6"],
          ],
        )
        const broken = yield* Effect.flip(
          as(
            importAccountTransactions({
              budgetId,
              format: "camt053",
              fileText: "<Document>\n<BkToCstmrStmt>\n</Document>",
            }),
          ),
        )
        assert.strictEqual(broken._tag, "InvalidInput")
        const noColumns = yield* Effect.flip(
          as(importAccountTransactions({ budgetId, format: "bank-csv", fileText: bad })),
        )
        assert.strictEqual(noColumns._tag, "InvalidInput")
        assert.strictEqual(yield* countRows("account_transactions"), rows)
        assert.strictEqual(yield* countRows("ledger_postings"), postings)
        assert.strictEqual(yield* countRows("domain_events"), events)

        // Someone the budget is not theirs to monitor is refused before the file is read.
        const forbidden = yield* Effect.flip(
          as(
            importAccountTransactions({
              budgetId,
              format: "card-csv",
              fileText: fixture("card-transactions.csv"),
            }),
            holder,
          ),
        )
        assert.strictEqual(forbidden._tag, "Forbidden")
      }),
    )
  })
})
