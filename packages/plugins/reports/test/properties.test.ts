import { CouncilId } from "@openpb/core"
import {
  type BudgetSpendingFacts,
  ExportSource,
  type ExportRow,
  type JourneyFacts,
  ReportingFacts,
  ReturnsSource,
} from "@openpb/plugin-sdk"
import { Effect, Layer, Stream } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ethnicGroupOf, REPORT_EXPORTERS } from "../src/index.ts"
import { Tally } from "../src/tables.ts"

const PERIOD = { from: "2026-04-01", to: "2027-03-31" }
const councilId = CouncilId.make("northmere")

const date = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 5, 30) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10))

const journey = fc.record({
  stage: fc.constantFrom("assessing", "declined", "not-eligible", "active", "suspended", "ended"),
  referredOn: date,
  ethnicity: fc.constantFrom(null, "A", "B", "D", "H", "M", "R", "Z"),
  sex: fc.constantFrom(null, "female", "male", "not-stated"),
  dateOfBirth: fc.constantFrom(null, "1950-05-05", "1980-01-01", "1999-12-31"),
  eligibilityOutcome: fc.constantFrom(null, "eligible", "not-eligible"),
  decisionDays: fc.integer({ min: 0, max: 90 }),
  activationDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  budgetStatus: fc.constantFrom(null, "active", "suspended", "ended"),
  deliveryMechanism: fc.constantFrom("direct-payment", "third-party", "notional", "mixed"),
  budgetAmountPence: fc.integer({ min: 0, max: 5_000_000 }),
  reviews: fc.array(
    fc.record({
      completedOn: date,
      o1: fc.integer({ min: -2, max: 2 }),
      wellbeing: fc.option(fc.integer({ min: 7, max: 35 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  challenges: fc.array(fc.constantFrom("lodged", "upheld", "partly-upheld", "not-upheld"), {
    maxLength: 2,
  }),
  contingencies: fc.nat({ max: 2 }),
  suspensions: fc.nat({ max: 2 }),
})

const plusDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

type Generated = typeof journey extends fc.Arbitrary<infer A> ? A : never

const toFacts = (js: ReadonlyArray<Generated>): Array<JourneyFacts> =>
  js.map((j, i) => ({
    journeyId: `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`,
    stage: j.stage,
    referredOn: j.referredOn,
    ethnicity: j.ethnicity as JourneyFacts["ethnicity"],
    sex: j.sex,
    dateOfBirth: j.dateOfBirth,
    eligibilityOutcome: j.eligibilityOutcome,
    eligibilityDecidedOn:
      j.eligibilityOutcome === null ? null : plusDays(j.referredOn, j.decisionDays),
    activatedOn: j.activationDays === null ? null : plusDays(j.referredOn, j.activationDays),
    budgetStatus: j.budgetStatus,
    deliveryMechanism: j.budgetStatus === null ? null : j.deliveryMechanism,
    budgetAmountPence: j.budgetStatus === null ? null : j.budgetAmountPence,
    reviews: [...j.reviews]
      .sort((a, b) => (a.completedOn < b.completedOn ? -1 : 1))
      .map((r) => ({
        completedOn: r.completedOn,
        progress: [{ outcomeId: "o1", domain: "confidence-and-skills", attainment: r.o1 }],
        wellbeing: r.wellbeing,
      })),
    nextReviewDue: null,
    challenges: j.challenges.map((status) => ({
      decisionKind: "eligibility",
      status: status as JourneyFacts["challenges"][number]["status"],
    })),
    contingencies: j.contingencies,
    suspensions: j.suspensions,
  }))

/** The port over an in-memory list, paged by key as the store pages it. */
const facts = (
  journeys: ReadonlyArray<JourneyFacts>,
  budgets: ReadonlyArray<BudgetSpendingFacts>,
) =>
  Layer.mergeAll(
    Layer.succeed(
      ReportingFacts,
      ReportingFacts.of({
        journeys: (q) =>
          Effect.succeed(
            journeys
              .filter((j) => q.afterId === undefined || j.journeyId > q.afterId)
              .slice(0, q.limit),
          ),
        spending: (q) =>
          Effect.succeed(
            budgets
              .filter((b) => q.afterId === undefined || b.budgetId > q.afterId)
              .slice(0, q.limit),
          ),
      }),
    ),
    Layer.succeed(
      ExportSource,
      ExportSource.of({
        budgets: () => Effect.succeed([]),
        budgetStream: () => Stream.empty,
        plans: () => Effect.succeed([]),
      }),
    ),
    Layer.succeed(ReturnsSource, ReturnsSource.of({ journeys: () => Effect.succeed([]) })),
  )

const run = (
  id: string,
  journeys: ReadonlyArray<JourneyFacts>,
  budgets: ReadonlyArray<BudgetSpendingFacts> = [],
): ReadonlyArray<ExportRow> => {
  const exporter = REPORT_EXPORTERS.find((e) => e.id === id)!
  return Effect.runSync(
    Stream.runCollect(exporter.rows({ period: PERIOD }, { councilId })).pipe(
      Effect.provide(facts(journeys, budgets)),
    ),
  )
}

const labels = ["characteristic", "group", "domain", "category", "mechanism", "referral_month"]
const isCount = (key: string) => !labels.includes(key) && !/^(mean|median)_|_pence$/.test(key)

describe("aggregate reports over any journeys", () => {
  it("never publish a count from 1 to 4", () => {
    fc.assert(
      fc.property(fc.array(journey, { maxLength: 60 }), (js) => {
        const journeys = toFacts(js)
        for (const id of ["outcomes-by-domain", "equality-monitoring", "process-health"])
          for (const row of run(id, journeys))
            for (const [key, value] of Object.entries(row))
              if (isCount(key))
                expect(
                  value === "[c]" || value === 0 || (typeof value === "number" && value >= 5),
                  `${id} ${key} ${String(value)}`,
                ).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it("publish true figures: every shown referral count is the count of referrals in the period", () => {
    fc.assert(
      fc.property(fc.array(journey, { maxLength: 60 }), (js) => {
        const journeys = toFacts(js)
        const inPeriod = journeys.filter(
          (j) => PERIOD.from <= j.referredOn && j.referredOn <= PERIOD.to,
        )
        for (const row of run("equality-monitoring", journeys)) {
          if (row.characteristic !== "ethnicity" || row.referrals === "[c]") continue
          const inGroup = inPeriod.filter(
            (j) => row.group === "all" || ethnicGroupOf(j.ethnicity) === row.group,
          )
          expect(row.referrals).toBe(inGroup.length)
          // A budget held in more than one way is counted as mixed, in no other column.
          const mixed = inGroup.filter(
            (j) =>
              j.stage !== "declined" &&
              j.eligibilityOutcome !== "not-eligible" &&
              (j.budgetStatus === "active" || j.budgetStatus === "suspended") &&
              j.deliveryMechanism === "mixed",
          ).length
          if (row.budget_mixed !== "[c]") expect(row.budget_mixed).toBe(mixed)
        }
        const total = run("process-health", journeys).find((r) => r.referral_month === "all")!
        if (total.referrals !== "[c]") expect(total.referrals).toBe(inPeriod.length)
      }),
      { numRuns: 60 },
    )
  })

  it("spending: shown money is the true money, and no count from 1 to 4", () => {
    const budget = fc.record({
      activatedOn: fc.option(date, { nil: null }),
      planned: fc.array(
        fc.record({
          category: fc.constantFrom("transport", "equipment", "other"),
          mechanism: fc.constantFrom("direct-payment", "notional"),
          annualPence: fc.integer({ min: 0, max: 1_000_000 }),
        }),
        { maxLength: 3 },
      ),
      spent: fc.array(
        fc.record({
          category: fc.constantFrom("transport", "equipment", "other"),
          mechanism: fc.constantFrom("direct-payment", "notional"),
          pence: fc.integer({ min: 1, max: 100_000 }),
        }),
        { maxLength: 3 },
      ),
    })
    fc.assert(
      fc.property(fc.array(budget, { maxLength: 40 }), (bs) => {
        const budgets: Array<BudgetSpendingFacts> = bs.map((b, i) => ({
          budgetId: `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`,
          endedOn: null,
          ...b,
        }))
        const rows = run("spending-by-category", [], budgets)
        for (const row of rows) {
          expect(
            row.budgets === "[c]" ||
              row.budgets === 0 ||
              (typeof row.budgets === "number" && row.budgets >= 5),
          ).toBe(true)
          if (row.spent_pence === "[c]") continue
          const truth = budgets
            .flatMap((b) => b.spent)
            .filter(
              (s) =>
                (row.category === "all" || s.category === row.category) &&
                (row.mechanism === "all" || s.mechanism === row.mechanism),
            )
            .reduce((sum, s) => sum + s.pence, 0)
          expect(row.spent_pence).toBe(truth)
        }
      }),
      { numRuns: 60 },
    )
  })

  it("a median from counts of values is the median of the values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1 }), (values) => {
        const tally = new Tally()
        for (const v of values) tally.add(v)
        const sorted = [...values].sort((a, b) => a - b)
        const mid = Math.floor(sorted.length / 2)
        const expected =
          sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
        expect(tally.median()).toBe(expected)
      }),
    )
  })
})
