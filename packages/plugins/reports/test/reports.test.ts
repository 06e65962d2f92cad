import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  activateContingency,
  budgetsExporter,
  CouncilId,
  CurrentActor,
  completeReview,
  decideEligibility,
  decidePlan,
  declineBudget,
  draftPlan,
  getJourney,
  lodgeChallenge,
  publish,
  recordAllocation,
  recordAssessment,
  recordFinancialAssessment,
  recordPayment,
  recordSpending,
  ReportingFacts,
  referPerson,
  registerPerson,
  reversePosting,
  resolveChallenge,
  runExport,
  setIndicativeBudget,
  startAssessment,
  startReview,
  recordDirectPaymentArrangements,
  submitPlan,
  suppressTable,
  suspendBudget,
} from "@openpb/core"
import { EnglandDefaultPolicies, englandDefaults } from "@openpb/plugin-england-defaults"
import { defineDeployment } from "@openpb/plugin-sdk"
import {
  eligibleAssessment,
  financial,
  notEligibleAssessment,
  referral,
  supportPlan,
  directPaymentArrangements,
} from "@openpb/scenarios"
import {
  layerTestExports,
  layerTestRuntime,
  makeTestClock,
  testDatabaseKind,
} from "@openpb/store/testing"
import { Clock, Effect, Layer } from "effect"
import { REPORT_EXPORTERS, reports } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const staff = new Actor({
  subject: "staff@northmere",
  roles: ["council-admin", "approver", "finance", "practitioner"],
  councilId,
})
const commissioner = new Actor({ subject: "comm@northmere", roles: ["commissioner"], councilId })
const time = makeTestClock()
const today = () => new Date(time.clock.currentTimeMillisUnsafe()).toISOString().slice(0, 10)
const asStaff = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  effect.pipe(
    Effect.provideService(CurrentActor, staff),
    Effect.provideService(Clock.Clock, time.clock),
  )

const directory = mkdtempSync(join(tmpdir(), "openpb-reports-"))
const TestLayer = Layer.mergeAll(
  layerTestRuntime(EnglandDefaultPolicies),
  layerTestExports([budgetsExporter, ...REPORT_EXPORTERS], directory),
)

/** What the test did to each person: the inputs every expected figure is computed from. */
interface Seeded {
  ethnicGroup: "white" | "asian" | "black"
  ageBand: string
  sex: "female" | "male"
  referredOn: string
  decidedOn: string | null
  activatedOn: string | null
  state: "declined" | "not-eligible" | "budget-direct-payment"
  amountPence: number | null
  /** Attainment of o1 and o2 at each completed review, and the wellbeing scored. */
  reviews: Array<{ o1: number; o2: number; wellbeing: number }>
  contingency: boolean
  suspended: boolean
  nextReviewDue: string | null
  challengeNotUpheld: boolean
  spent: Array<{ category: string; pence: number }>
}
const seeded: Array<Seeded> = []

/** Who the budget holders are: six white women in their forties, five Asian men over 65. */
const holderProfile = (i: number) =>
  i < 6
    ? {
        dateOfBirth: "1985-03-02",
        equality: { ethnicity: "A", sex: "female" },
        seeded: { ethnicGroup: "white", ageBand: "35-44", sex: "female" } as const,
      }
    : {
        dateOfBirth: "1960-01-15",
        equality: { ethnicity: "H", sex: "male" },
        seeded: { ethnicGroup: "asian", ageBand: "65-74", sex: "male" } as const,
      }

const holder = (i: number) =>
  Effect.gen(function* () {
    const person = yield* registerPerson({
      givenName: `Holder${i}`,
      familyName: "Report",
      dateOfBirth: holderProfile(i).dateOfBirth,
      equality: holderProfile(i).equality,
    })
    const referredOn = today()
    const { id: journeyId } = yield* referPerson({ personId: person.id, referral })
    yield* startAssessment({ journeyId })
    yield* recordAssessment({ journeyId, assessment: eligibleAssessment })
    yield* recordFinancialAssessment({ journeyId, financial })
    time.advanceDays(i + 1)
    const decidedOn = today()
    yield* decideEligibility({ journeyId })
    yield* setIndicativeBudget({ journeyId })
    yield* draftPlan({ journeyId, plan: supportPlan })
    yield* recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements })
    yield* submitPlan({ journeyId })
    time.advanceDays(2 * i)
    const activatedOn = today()
    const journey = yield* decidePlan({ journeyId, approve: true, reasons: ["ok"] })
    const budgetId = journey.budgetId!
    const s: Seeded = {
      ...holderProfile(i).seeded,
      referredOn,
      decidedOn,
      activatedOn,
      state: "budget-direct-payment",
      amountPence: journey.approved!.costOfMeetingNeedsPence,
      reviews: [],
      contingency: false,
      suspended: false,
      nextReviewDue: null,
      challengeNotUpheld: false,
      spent: [],
    }
    // Money into the direct-payment account, then spent: personal assistants for all, transport
    // for one person only (a small cell).
    yield* recordAllocation({
      budgetId,
      idempotencyKey: "alloc",
      stream: "council-social-care",
      amountPence: 100_000,
      date: today(),
    })
    yield* recordPayment({
      budgetId,
      idempotencyKey: "pay",
      stream: "council-social-care",
      mechanism: "direct-payment",
      amountPence: 100_000,
      date: today(),
      payee: "DP account",
    })
    const spend = (key: string, category: string, pence: number) =>
      Effect.gen(function* () {
        const posting = yield* recordSpending({
          budgetId,
          idempotencyKey: key,
          lineId: "l1",
          category,
          stream: "council-social-care",
          mechanism: "direct-payment",
          amountPence: pence,
          date: today(),
          payee: "Someone",
        })
        s.spent.push({ category, pence })
        return posting
      })
    yield* spend("pa", "personal-assistant", 7_200 + i * 100)
    if (i === 0) yield* spend("bus", "transport", 1_500)
    if (i === 1) {
      // Recorded by mistake and reversed: nets to nothing, so no budget shows under equipment.
      const mistake = yield* spend("chair", "equipment", 3_000)
      yield* reversePosting({
        budgetId,
        idempotencyKey: "chair-undo",
        postingId: mistake.id,
        reason: "wrong budget",
      })
      s.spent.push({ category: "equipment", pence: -3_000 })
    }
    // Two reviews: goals move from behind to on track; wellbeing rises by i.
    for (const [k, r] of [
      { o1: -2, o2: -1, wellbeing: 40 },
      { o1: i % 3 === 0 ? -1 : 1, o2: 0, wellbeing: 40 + i },
    ].entries()) {
      time.advanceDays(7)
      yield* startReview({ journeyId, trigger: "practitioner-request" })
      yield* completeReview({
        journeyId,
        progress: [
          { outcomeId: "o1", attainment: r.o1, note: "" },
          { outcomeId: "o2", attainment: r.o2, note: "" },
        ],
        wellbeing: { instrument: "dialog", raw: [4, 4, 4], scored: r.wellbeing },
        views: { person: "fine", practitioner: "fine" },
        outcome: "continue",
        reasons: [`review ${k + 1}`],
      })
      s.reviews.push(r)
    }
    if (i < 2) {
      yield* activateContingency({ journeyId, upliftPence: 10_000, days: 7, reason: "a crisis" })
      s.contingency = true
    }
    if (i === 5) {
      yield* suspendBudget({ journeyId, reason: "a hospital stay" })
      s.suspended = true
    }
    s.nextReviewDue = (yield* getJourney({ journeyId })).journey.nextReviewDue
    seeded.push(s)
  })

const notProceeding = (kind: "declined" | "not-eligible") =>
  Effect.gen(function* () {
    const person = yield* registerPerson({
      givenName: kind === "declined" ? "Decliner" : "Refused",
      familyName: "Report",
      dateOfBirth: "2000-06-01",
      equality: { ethnicity: "M", sex: "male" },
    })
    const referredOn = today()
    const { id: journeyId } = yield* referPerson({ personId: person.id, referral })
    const s: Seeded = {
      ethnicGroup: "black",
      ageBand: "25-34",
      sex: "male",
      referredOn,
      decidedOn: null,
      activatedOn: null,
      state: kind,
      amountPence: null,
      reviews: [],
      contingency: false,
      suspended: false,
      nextReviewDue: null,
      challengeNotUpheld: false,
      spent: [],
    }
    if (kind === "declined") {
      yield* declineBudget({ journeyId, reason: "not for me" })
    } else {
      yield* startAssessment({ journeyId })
      yield* recordAssessment({ journeyId, assessment: notEligibleAssessment })
      yield* recordFinancialAssessment({ journeyId, financial })
      const decided = yield* decideEligibility({ journeyId })
      s.decidedOn = today()
      const challenge = yield* lodgeChallenge({
        decisionId: decided.eligibilityDecisionId,
        grounds: "my needs were missed",
      })
      yield* resolveChallenge({
        challengeId: challenge.id,
        result: "not-upheld",
        reasons: ["the assessment stands"],
      })
      s.challengeNotUpheld = true
    }
    seeded.push(s)
  })

const PERIOD = { from: "2026-11-01", to: "2027-12-31" }

/** Runs a report as the commissioner and reads its JSON Lines back. */
const report = (exporterId: string, period: { from: string; to: string } = PERIOD) =>
  Effect.gen(function* () {
    const run = yield* runExport({
      exporterId,
      format: "jsonl",
      parameters: { period },
    }).pipe(
      Effect.provideService(CurrentActor, commissioner),
      Effect.provideService(Clock.Clock, time.clock),
    )
    assert.strictEqual(run.status, "completed")
    assert.deepStrictEqual(run.requestedRoles, ["commissioner"])
    return readFileSync(join(directory, run.location!), "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  })

const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const round2 = (n: number) => Math.round(n * 100) / 100
const HOLDERS = 11

describe(`aggregate reports on ${testDatabaseKind()}`, () => {
  layer(TestLayer, { excludeTestServices: true })((it) => {
    it.effect("seeds journeys through the use cases", () =>
      asStaff(
        Effect.gen(function* () {
          for (let i = 0; i < HOLDERS; i++) yield* holder(i)
          yield* notProceeding("declined")
          yield* notProceeding("not-eligible")
          assert.strictEqual(seeded.length, HOLDERS + 2)
        }),
      ),
    )

    it.effect("outcomes by domain: goal bands and mean changes, small groups suppressed", () =>
      Effect.gen(function* () {
        const rows = yield* report("outcomes-by-domain")
        const byDomain = new Map(rows.map((r) => [r.domain, r]))
        const band = (a: number) => (a >= 0 ? 0 : a === -1 ? 1 : 2)
        const latest = seeded.filter((s) => s.reviews.length > 0).map((s) => s.reviews.at(-1)!)
        // o1 is social participation, o2 daily living (the fixture plan).
        const count = (goal: "o1" | "o2") => {
          const c = [0, 0, 0]
          for (const r of latest) c[band(r[goal])]! += 1
          return c
        }
        const values = [count("o1"), count("o2")]
        const published = publish(suppressTable([{ values, lowerBound: 1 }]), 0)
        const social = byDomain.get("social-participation-and-relationships")!
        const daily = byDomain.get("daily-living-and-home")!
        assert.deepStrictEqual(
          [social.goals_achieved, social.goals_partly_achieved, social.goals_not_achieved],
          published[0]!.slice(0, 3),
        )
        assert.deepStrictEqual(
          [daily.goals_achieved, daily.goals_partly_achieved, daily.goals_not_achieved],
          published[1]!.slice(0, 3),
        )
        // Two of six people have o1 at -1 (partly): suppressed, and so the goals next to it;
        // all twelve goals reviewed are shown.
        assert.strictEqual(social.goals_partly_achieved, "[c]")
        assert.strictEqual(byDomain.get("all")!.goals_reviewed, 2 * HOLDERS)
        const withChange = seeded.filter((s) => s.reviews.length >= 2)
        const meanChange = (goal: "o1" | "o2") =>
          round2(
            withChange.reduce((sum, s) => sum + s.reviews[1]![goal] - s.reviews[0]![goal], 0) /
              withChange.length,
          )
        assert.strictEqual(social.mean_attainment_change, meanChange("o1"))
        assert.strictEqual(daily.mean_attainment_change, meanChange("o2"))
        const wellbeing = round2(
          withChange.reduce(
            (sum, s) => sum + s.reviews[1]!.wellbeing - s.reviews[0]!.wellbeing,
            0,
          ) / withChange.length,
        )
        assert.strictEqual(daily.mean_wellbeing_change, wellbeing)
        assert.strictEqual(byDomain.get("all")!.mean_wellbeing_change, wellbeing)
        // No goals in a domain: zeros published, and no mean.
        const physical = byDomain.get("physical-health")!
        assert.strictEqual(physical.goals_reviewed, 0)
        assert.strictEqual(physical.mean_attainment_change, null)
      }),
    )

    it.effect("equality monitoring: by ethnic group, age band and sex, 1-4 suppressed", () =>
      Effect.gen(function* () {
        const rows = yield* report("equality-monitoring")
        const row = (characteristic: string, group: string) =>
          rows.find((r) => r.characteristic === characteristic && r.group === group)!
        const white = seeded.filter((s) => s.ethnicGroup === "white")
        const whiteRow = row("ethnicity", "white")
        assert.strictEqual(
          whiteRow.median_amount_pence,
          whiteRow.budgets_held === "[c]" ? "[c]" : median(white.map((s) => s.amountPence!)),
        )
        // The six holders with a median: in the age band and sex tables too.
        const band = row("age-band", "35-44")
        assert.include([white.length, "[c]"], band.referrals)
        // Two Black men, one declined and one not eligible: every count of theirs is hidden,
        // and so is enough else that the totals do not give them away.
        for (const [c, g] of [
          ["ethnicity", "black"],
          ["age-band", "25-34"],
          ["sex", "male"],
        ] as const) {
          const r = row(c, g)
          assert.strictEqual(r.referrals, "[c]")
          assert.strictEqual(r.declined, "[c]")
          assert.strictEqual(r.not_eligible, "[c]")
          assert.strictEqual(r.challenges, "[c]")
          assert.strictEqual(r.challenges_not_upheld, "[c]")
          const total = row(c, "all")
          assert.strictEqual(total.referrals, seeded.length)
          assert.notStrictEqual(
            total.declined === "[c]" || r.in_progress_or_ended === "[c]" ? 1 : 0,
            0,
            "the declined total or another cell of the row is hidden with it",
          )
        }
        // The totals are the same referrals whichever characteristic splits them.
        const totals = rows
          .filter((r) => r.group === "all")
          .map(({ characteristic: _, ...r }) => JSON.stringify(r))
        assert.strictEqual(new Set(totals).size, 1)
        // Counts independently: the full referral table for ethnicity, through the platform's rule.
        const groups = ["white", "black"] as const
        const states = [
          "declined",
          "not-eligible",
          "budget-direct-payment",
          "budget-third-party",
          "budget-notional",
          "budget-mixed",
          "in-progress-or-ended",
        ]
        const allGroups = [
          "white",
          "mixed",
          "asian",
          "black",
          "other",
          "not-stated",
          "not-recorded",
        ]
        const values = allGroups.map((g) =>
          states.map((st) => seeded.filter((s) => s.ethnicGroup === g && s.state === st).length),
        )
        const expected = publish(suppressTable([{ values, lowerBound: 1 }]), 0)
        allGroups.forEach((g, i) => {
          const r = row("ethnicity", g)
          assert.deepStrictEqual<ReadonlyArray<unknown>>(
            [
              r.declined,
              r.not_eligible,
              r.budget_direct_payment,
              r.budget_third_party,
              r.budget_notional,
              r.budget_mixed,
              r.in_progress_or_ended,
              r.referrals,
            ],
            expected[i]!,
            g,
          )
        })
        assert.strictEqual(groups.length, 2)
      }),
    )

    it.effect("spending by category and mechanism: planned against spent", () =>
      Effect.gen(function* () {
        const rows = yield* report("spending-by-category")
        const cell = (category: string, mechanism: string) =>
          rows.find((r) => r.category === category && r.mechanism === mechanism)!
        const holders = seeded.filter((s) => s.activatedOn !== null)
        const days = (s: Seeded) =>
          (Date.parse(PERIOD.to) - Date.parse(s.activatedOn!)) / 86_400_000 + 1
        // The fixture plan: a personal assistant, 4 hours at £18 a week, and a £240 course, both
        // by direct payment.
        const yearly: Record<string, number> = {
          "personal-assistant": 1_800 * 4 * 52,
          "education-and-courses": 24_000,
        }
        const categories = [
          "personal-assistant",
          "transport",
          "sport-and-exercise",
          "social-activities",
          "hobbies-and-creative",
          "education-and-courses",
          "therapy-outside-nhs",
          "complementary-therapies",
          "equipment",
          "respite-and-short-breaks",
          "peer-support-and-community",
          "other",
        ]
        const budgets = categories.map(() => [0, 0, 0])
        const planned = categories.map(() => [0, 0, 0])
        const spent = categories.map(() => [0, 0, 0])
        categories.forEach((category, c) => {
          for (const s of holders) {
            const plan = Math.round(((yearly[category] ?? 0) * days(s)) / 365)
            const paid = s.spent
              .filter((x) => x.category === category)
              .reduce((sum, x) => sum + x.pence, 0)
            if (plan === 0 && paid === 0) continue
            budgets[c]![0]! += 1
            planned[c]![0]! += plan
            spent[c]![0]! += paid
          }
        })
        const result = suppressTable([
          { values: budgets, lowerBound: 1 },
          { values: planned, lowerBound: 0 },
          { values: spent, lowerBound: 0 },
        ])
        const [eBudgets, ePlanned, eSpent] = [0, 1, 2].map((k) => publish(result, k))
        ;[...categories, "all"].forEach((category, c) => {
          ;["direct-payment", "third-party", "notional", "all"].forEach((mechanism, m) => {
            const r = cell(category, mechanism)
            assert.deepStrictEqual(
              [r.budgets, r.planned_pence, r.spent_pence],
              [eBudgets![c]![m], ePlanned![c]![m], eSpent![c]![m]],
              `${category} ${mechanism}`,
            )
          })
        })
        // Everything spent, by the grand total.
        assert.strictEqual(
          cell("all", "all").spent_pence,
          holders.flatMap((s) => s.spent).reduce((sum, x) => sum + x.pence, 0),
        )
        // One budget spent on transport: its count and its money are hidden, and so is another
        // cell of the mechanism's column so the column total does not give it away.
        const transport = cell("transport", "direct-payment")
        assert.strictEqual(transport.budgets, "[c]")
        assert.strictEqual(transport.spent_pence, "[c]")
        const column = rows.filter(
          (r) => r.mechanism === "direct-payment" && r.category !== "all" && r.budgets === "[c]",
        )
        assert.isAtLeast(column.length, 2)
        assert.strictEqual(cell("transport", "notional").budgets, 0)
      }),
    )

    it.effect("process health: median days to decision and to an active budget", () =>
      Effect.gen(function* () {
        // Months on from the last review, some next reviews have come and gone.
        time.advanceDays(200)
        const rows = yield* report("process-health")
        const total = rows.find((r) => r.referral_month === "all")!
        assert.strictEqual(total.referrals, seeded.length)
        const decided = seeded.filter((s) => s.decidedOn !== null)
        const activated = seeded.filter((s) => s.activatedOn !== null)
        const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000
        assert.strictEqual(total.decided, decided.length)
        assert.strictEqual(
          total.median_days_to_decision,
          median(decided.map((s) => days(s.referredOn, s.decidedOn!))),
        )
        assert.strictEqual(total.activated, activated.length)
        assert.strictEqual(
          total.median_days_to_active_budget,
          median(activated.map((s) => days(s.referredOn, s.activatedOn!))),
        )
        // Reviews overdue at the period's end or today, whichever comes first: the period
        // ends first here, and today comes first in a period that runs on.
        const overdueBy = (asOf: string) => {
          const n = seeded.filter((s) => s.nextReviewDue !== null && s.nextReviewDue < asOf).length
          return n >= 1 && n <= 4 ? "[c]" : n
        }
        assert.isTrue(PERIOD.to < today())
        assert.strictEqual(total.reviews_overdue, overdueBy(PERIOD.to))
        const running = { from: PERIOD.from, to: "2028-12-31" }
        const later = (yield* report("process-health", running)).find(
          (r) => r.referral_month === "all",
        )!
        assert.strictEqual(later.reviews_overdue, overdueBy(today()))
        assert.isAtLeast(later.reviews_overdue as number, 5)
        // Two contingencies and one suspension: too few to show.
        assert.strictEqual(seeded.filter((s) => s.contingency).length, 2)
        assert.strictEqual(total.contingency_used, "[c]")
        assert.strictEqual(total.suspended, "[c]")
        const months = rows.filter((r) => r.referral_month !== "all")
        const referralsByMonth = new Map<string, number>()
        for (const s of seeded)
          referralsByMonth.set(
            s.referredOn.slice(0, 7),
            (referralsByMonth.get(s.referredOn.slice(0, 7)) ?? 0) + 1,
          )
        for (const m of months) {
          const n = referralsByMonth.get(m.referral_month as string) ?? 0
          if (n === 0) assert.strictEqual(m.referrals, 0)
          else if (n <= 4) assert.strictEqual(m.referrals, "[c]")
          else assert.include([n, "[c]"], m.referrals)
        }
      }),
    )

    it.effect(
      "no report publishes a count from 1 to 4, and a period with nothing in it is all zeros",
      () =>
        Effect.gen(function* () {
          const labels = [
            "characteristic",
            "group",
            "domain",
            "category",
            "mechanism",
            "referral_month",
          ]
          const isCount = (key: string) =>
            !labels.includes(key) && !/^(mean|median)_|_pence$/.test(key)
          for (const exporter of REPORT_EXPORTERS) {
            let counts = 0
            for (const row of yield* report(exporter.id)) {
              for (const [key, value] of Object.entries(row)) {
                if (!isCount(key)) continue
                counts += 1
                assert.isTrue(
                  value === "[c]" || value === 0 || (typeof value === "number" && value >= 5),
                  `${exporter.id} ${key}: ${String(value)}`,
                )
              }
            }
            assert.isAbove(counts, 0)
            const empty = yield* report(exporter.id, { from: "2020-01-01", to: "2020-02-29" })
            for (const row of empty)
              for (const [key, value] of Object.entries(row))
                if (!labels.includes(key)) assert.include([0, null], value, `${exporter.id} ${key}`)
          }
        }),
    )

    it.effect("the reporting port pages by key: small pages read what one large page reads", () =>
      Effect.gen(function* () {
        const facts = yield* ReportingFacts
        const pages = <A>(
          read: (afterId: string | undefined) => Effect.Effect<ReadonlyArray<A>>,
          keyOf: (a: A) => string,
        ) =>
          Effect.gen(function* () {
            const all: Array<A> = []
            let afterId: string | undefined
            for (;;) {
              const page = yield* read(afterId)
              all.push(...page)
              if (page.length < 3) return all
              afterId = keyOf(page.at(-1)!)
            }
          })
        const journeys = yield* facts.journeys({ councilId, afterId: undefined, limit: 1_000 })
        assert.strictEqual(journeys.length, seeded.length)
        assert.deepStrictEqual(
          yield* pages(
            (afterId) => facts.journeys({ councilId, afterId, limit: 3 }),
            (j) => j.journeyId,
          ),
          journeys,
        )
        const spending = yield* facts.spending({
          councilId,
          afterId: undefined,
          limit: 1_000,
          ...PERIOD,
        })
        assert.strictEqual(spending.length, HOLDERS)
        assert.deepStrictEqual(
          yield* pages(
            (afterId) => facts.spending({ councilId, afterId, limit: 3, ...PERIOD }),
            (b) => b.budgetId,
          ),
          spending,
        )
        // Another council's reports read nothing of this one.
        const other = CouncilId.make("elsewhere")
        assert.deepStrictEqual(
          yield* facts.journeys({ councilId: other, afterId: undefined, limit: 10 }),
          [],
        )
      }),
    )

    it.effect("a commissioner runs none of it person by person", () =>
      Effect.gen(function* () {
        const denied = yield* Effect.flip(
          runExport({ exporterId: "budgets", format: "csv" }).pipe(
            Effect.provideService(CurrentActor, commissioner),
          ),
        )
        assert.strictEqual((denied as { _tag: string })._tag, "Forbidden")
        for (const exporter of REPORT_EXPORTERS) {
          assert.isFalse(exporter.personLevel)
          assert.include(exporter.roles, "commissioner")
        }
      }),
    )
  })
})

describe("the reports plugin in a deployment", () => {
  layer(Layer.empty)((it) => {
    it.effect("is accepted by defineDeployment and offers its four exporters", () =>
      Effect.gen(function* () {
        const resolved = yield* defineDeployment({
          council: { id: "northmere", name: "Northmere", nation: "england" },
          plugins: [...englandDefaults, reports.with()],
        }).resolve
        assert.deepStrictEqual(resolved.exporters.map((e) => e.id).sort(), [
          "equality-monitoring",
          "outcomes-by-domain",
          "process-health",
          "spending-by-category",
        ])
      }),
    )
  })
})
