import { afterAll, assert, describe, it } from "vitest"
import {
  Actor,
  CouncilId,
  completeReview,
  getJourney,
  lastDayWithinMonths,
  lastDayWithinWeeks,
  type Review,
  startReview,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import * as fc from "fast-check"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { walkToActive } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "clock-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "clock-approver", roles: ["approver"], councilId })

const londonDate = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(ms))

type Step = { readonly days: number; readonly review: "plan" | "direct-payment" | "crisis" }

/**
 * The England default policies' clocks (Care Act s27 guidance; DP Regs 2014 reg 7): the plan's
 * first review within 8 weeks of the start and then within 12 months of each plan review; a
 * direct payment's within 6 months of the start and then within 12 months of each DP review.
 */
const lawfulLastDay = (clock: string, start: string, last: string | undefined) =>
  clock === "plan"
    ? last === undefined
      ? lastDayWithinWeeks(start, 8)
      : lastDayWithinMonths(last, 12)
    : last === undefined
      ? lastDayWithinMonths(start, 6)
      : lastDayWithinMonths(last, 12)

describe(`review clocks on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("each clock keeps its own time: never due after its lawful last day, never lost, never moved by another review (property)", async () => {
    let runs = 0
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 800 }),
        fc.array(
          fc.record({
            days: fc.integer({ min: 0, max: 400 }),
            review: fc.constantFrom<Step["review"]>("plan", "direct-payment", "crisis"),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (startOffsetDays, steps) => {
          runs++
          const time = makeTestClock()
          time.advanceDays(startOffsetDays)
          const asAdmin = runAs(runtime, admin, time.clock)
          const asApprover = runAs(runtime, approver, time.clock)
          const today = () => londonDate(time.clock.currentTimeMillisUnsafe())

          const journeyId = await walkToActive(asAdmin, asApprover, `Clocks ${runs}`)
          const start = today()
          const lastCompleted = new Map<string, string>()

          const dueByClock = async () => {
            const { journey } = await asAdmin(getJourney({ journeyId }))
            const due = journey.reviews.filter((r: Review) => r.status === "due")
            const byClock = new Map(due.map((r) => [r.clock ?? "none", r]))
            assert.strictEqual(due.length, byClock.size, "two reviews due on one clock")
            assert.deepStrictEqual(
              [...byClock.keys()].sort(),
              ["direct-payment", "plan"],
              "a clock disappeared while the budget is active",
            )
            for (const [clock, review] of byClock) {
              const lawful = lawfulLastDay(clock, start, lastCompleted.get(clock))
              assert.isTrue(
                review.dueDate <= lawful,
                `${clock} review due ${review.dueDate}, after its last lawful day ${lawful}`,
              )
            }
            return byClock
          }

          let before = await dueByClock()
          for (const step of steps) {
            time.advanceDays(step.days)
            const held = step.review === "crisis" ? undefined : before.get(step.review)
            await asAdmin(
              startReview(
                held === undefined
                  ? { journeyId, trigger: "crisis" }
                  : { journeyId, trigger: "scheduled", reviewId: held.id },
              ),
            )
            await asAdmin(
              completeReview({
                journeyId,
                progress: [{ outcomeId: "o1", attainment: 1, note: "" }],
                views: { person: "going well", practitioner: "going well" },
                outcome: "continue",
                reasons: ["the plan is working"],
              }),
            )
            if (held !== undefined) lastCompleted.set(step.review, today())
            const after = await dueByClock()
            for (const [clock, review] of before) {
              if (clock === step.review && held !== undefined) continue
              assert.strictEqual(
                after.get(clock)?.dueDate,
                review.dueDate,
                `a ${step.review} review moved the ${clock} clock`,
              )
            }
            before = after
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 180_000) // Many database round trips: generous on a loaded two-core machine.
})
