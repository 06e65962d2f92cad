import {
  ApprovalPolicy,
  ContingencyPolicy,
  DirectPaymentMonitoringPolicy,
  EligibilityPolicy,
  PlanLine,
  ReviewSchedulePolicy,
  SpendingRulesPolicy,
} from "@openpb/core"
import { Effect, Layer, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { definePlugin, defineDeployment, withDefault } from "../src/index.ts"

const reason = (text: string) => [{ criterion: "test", met: null, text }] as const
const Settings = Schema.Struct({
  limit: withDefault(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)), 100),
})

const everything = definePlugin({
  id: "test/everything",
  version: "1.0.0",
  description: "Answers every port with a fixed, explained outcome.",
  provides: [
    "eligibility",
    "healthEligibility",
    "resourceAllocation",
    "charging",
    "spendingRules",
    "approval",
    "reviewSchedule",
    "contingency",
    "directPaymentMonitoring",
    "challengeRoutes",
  ],
  settings: Settings,
  rules: (s) => ({
    eligibility: {
      adult: () => ({ eligible: true, reasons: reason("Everyone is eligible in this test.") }),
      carer: () => ({ eligible: false, reasons: reason("No carer is eligible in this test.") }),
    },
    healthEligibility: {
      assess: () => ({
        rightToHave: false,
        grounds: [],
        reasons: reason("No health budget in this test."),
      }),
    },
    resourceAllocation: {
      indicativeBudget: () => ({
        annualAmountPence: s.limit,
        fundingStreams: [{ stream: "council-social-care", amountPence: s.limit }],
        items: [],
        reasons: reason("A fixed amount in this test."),
      }),
    },
    charging: {
      contribution: () => ({
        weeklyContributionPence: 0,
        reasons: reason("Nothing to pay in this test."),
      }),
    },
    spendingRules: {
      checkLine: (line) =>
        line.fundingStream === "council-social-care"
          ? {
              lineId: line.id,
              verdict: "allowed",
              reason: reason("Council lines are allowed here.")[0],
            }
          : undefined,
    },
    approval: {
      requirement: (i) => ({
        level: "panel",
        minimumApproverLimitPence: i.annualPlanCostPence,
        reasons: reason("A panel decides in this test."),
      }),
      limitFor: () => s.limit,
      refusalGrounds: [{ id: "test", text: "A test ground." }],
    },
    reviewSchedule: {
      nextReviews: (i) => [
        {
          clock: "plan",
          dueDate: i.planStartDate,
          reasons: reason("Reviewed at once in this test."),
        },
      ],
    },
    contingency: {
      decide: () => ({
        allowed: false,
        upliftPence: 0,
        days: 0,
        reasons: reason("No contingency in this test."),
      }),
    },
    directPaymentMonitoring: {
      statementEveryWeeks: 12,
      assessSurplus: (i) =>
        i.stream === "council-social-care"
          ? {
              action: "none",
              amountPence: 0,
              responseWindowDays: 0,
              reasons: reason("Nothing to recover in this test."),
            }
          : undefined,
    },
    challengeRoutes: {
      route: (i) => ({
        route: "test-complaint",
        how: "Ask the test council.",
        deadline: i.decidedOn,
        reasons: reason("A same-day window in this test."),
      }),
    },
  }),
})

const health = definePlugin({
  id: "test/health",
  version: "2.1.0",
  description:
    "Health money: refuses everything, reviews monthly, and claims the eligibility port too.",
  provides: ["spendingRules", "reviewSchedule", "directPaymentMonitoring", "eligibility"],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: () => ({ eligible: false, reasons: reason("Nobody is eligible under this plugin.") }),
      carer: () => ({ eligible: false, reasons: reason("Nobody is eligible under this plugin.") }),
    },
    spendingRules: {
      checkLine: (line) => ({
        lineId: line.id,
        verdict: "not-allowed",
        reason: reason("Health plugin refuses every line.")[0],
      }),
    },
    reviewSchedule: {
      nextReviews: () => [
        {
          clock: "plan",
          dueDate: "1999-01-01",
          reasons: reason("An earlier plan review from health."),
        },
        {
          clock: "nhs-direct-payment",
          dueDate: "2030-01-01",
          reasons: reason("The NHS clock from health."),
        },
      ],
    },
    directPaymentMonitoring: { statementEveryWeeks: 4, assessSurplus: () => undefined },
  }),
})

const council = { id: "test-council", name: "Test Council", nation: "england" } as const
const failure = (deployment: ReturnType<typeof defineDeployment>) =>
  Effect.runSync(Effect.flip(deployment.resolve))

describe("defineDeployment", () => {
  it("fails at startup naming a missing port", () => {
    const error = failure(defineDeployment({ council, plugins: [health.with()] }))
    expect(error._tag).toBe("PortMissing")
    expect(error.message).toContain('"healthEligibility"')
    expect(error.message).toContain("HealthEligibilityPolicy")
  })
  it("fails naming an exclusive port two plugins provide, until the deployment chooses", () => {
    const conflict = failure(
      defineDeployment({ council, plugins: [everything.with(), health.with()] }),
    )
    expect(conflict._tag).toBe("PortConflict")
    expect(conflict.message).toContain('"eligibility"')
    expect(conflict.message).toContain("test/everything and test/health")
    const chosen = Effect.runSync(
      defineDeployment({
        council,
        plugins: [everything.with(), health.with()],
        choose: { eligibility: "test/health" },
      }).resolve,
    )
    expect(chosen.providers.exclusive.eligibility?.id).toBe("test/health")
  })
  it("fails on invalid settings naming the plugin and the field, on a plugin listed twice, and on a bad choice", () => {
    const settings = failure(
      defineDeployment({ council, plugins: [everything.with({ limit: -1 })] }),
    )
    expect(settings._tag).toBe("PluginSettingsInvalid")
    expect(settings.message).toContain("test/everything")
    expect(settings.message).toContain("limit")
    expect(
      failure(defineDeployment({ council, plugins: [everything.with(), everything.with()] }))._tag,
    ).toBe("DeploymentInvalid")
    expect(
      failure(
        defineDeployment({
          council,
          plugins: [everything.with()],
          choose: { eligibility: "test/none" },
        }),
      ).message,
    ).toContain("test/none")
  })
  it("takes a council's words for the glossary's terms, and stops on a word for a term it does not have", () => {
    const words = (entries: ReadonlyArray<{ key: string; term: string }>) =>
      definePlugin({
        id: "test/words",
        version: "1.0.0",
        description: "A council's own words.",
        provides: ["vocabulary"],
        settings: Schema.Struct({}),
        rules: () => ({ vocabulary: { words: entries } }),
      }).with()
    const resolved = Effect.runSync(
      defineDeployment({
        council,
        plugins: [everything.with(), words([{ key: "personal-budget", term: "support budget" }])],
      }).resolve,
    )
    expect(resolved.providers.shared.vocabulary?.map((p) => p.id)).toEqual(["test/words"])
    const misspelt = failure(
      defineDeployment({
        council,
        plugins: [everything.with(), words([{ key: "personal-budgets", term: "support budget" }])],
      }),
    )
    expect(misspelt._tag).toBe("DeploymentInvalid")
    expect(misspelt.message).toContain('test/words\'s vocabulary renames "personal-budgets"')
    const empty = failure(
      defineDeployment({
        council,
        plugins: [everything.with(), words([{ key: "personal-budget", term: "" }])],
      }),
    )
    expect(empty.message).toContain("test/words's vocabulary")
  })
  it("refuses a malformed plugin at definition", () => {
    expect(() => definePlugin({ ...everything, version: "1.0" })).toThrow(/semantic version/)
    expect(() => definePlugin({ ...everything, id: "Everything" })).toThrow(/owner\/name/)
  })

  it("answers core's ports, stamping every answer with the plugin id, version and settings digest", async () => {
    const deployment = defineDeployment({
      council,
      plugins: [everything.with({ limit: 250 }), health.with()],
      choose: { eligibility: "test/everything" },
    })
    const line = Schema.decodeUnknownSync(PlanLine)({
      id: "l",
      description: "d",
      category: "other",
      provider: null,
      unitCostPence: 1,
      unitsPerPeriod: 1,
      frequency: "weekly",
      fundingStream: "council-social-care",
      deliveryMechanism: "notional",
      outcomeIds: [],
    })
    const result = await Effect.gen(function* () {
      const eligibility = yield* EligibilityPolicy
      const spending = yield* SpendingRulesPolicy
      const reviews = yield* ReviewSchedulePolicy
      const monitoring = yield* DirectPaymentMonitoringPolicy
      const approval = yield* ApprovalPolicy
      return {
        adult: yield* eligibility.adult({} as never),
        // Shared port: the strictest verdict of every plugin covering the line stands.
        council: yield* spending.checkLine(line),
        reviews: yield* reviews.nextReviews({
          planStartDate: "2026-01-01",
          firstDirectPaymentDate: null,
          firstNhsDirectPaymentDate: null,
          lastReviewDates: [],
        }),
        statements: yield* monitoring.statementEveryWeeks,
        nhsSurplus: yield* monitoring.assessSurplus({
          stream: "nhs-health",
          balancePence: 1,
          weeklyAllocationPence: 1,
          personContributionHeldPence: 0,
          suspendedDaysInPeriod: 0,
        }),
        limit: yield* approval.limitFor("panel"),
      }
    }).pipe(Effect.provide(deployment.layer), Effect.runPromise)
    expect(result.adult.policy.id).toBe("test/everything")
    expect(result.adult.policy.version).toMatch(/^1\.0\.0\+[0-9a-f]{12}$/)
    expect(result.council).toMatchObject({ verdict: "not-allowed", policy: { id: "test/health" } })
    expect(result.reviews.map((r) => [r.clock, r.dueDate, r.policy.id])).toEqual([
      ["plan", "1999-01-01", "test/health"],
      ["nhs-direct-payment", "2030-01-01", "test/health"],
    ])
    expect(result.statements).toBe(4)
    expect(result.nhsSurplus.policy.id).toBe("openpb/plugin-sdk")
    expect(result.limit).toBe(250)
  })

  it("gives different settings different digests, and equal settings the same one", async () => {
    const version = (settings: unknown) =>
      Effect.runSync(defineDeployment({ council, plugins: [everything.with(settings)] }).resolve)
        .plugins[0]?.ref.version
    expect(version({ limit: 100 })).toBe(version({}))
    expect(version({ limit: 101 })).not.toBe(version({}))
  })

  it("turns a plugin's broken answer into a defect naming it, never a silent decision", async () => {
    const broken = definePlugin({
      ...everything,
      id: "test/broken",
      rules: (s) => ({
        ...everything.rules(s),
        contingency: {
          decide: () => ({
            allowed: true,
            upliftPence: -5,
            days: 1,
            reasons: reason("A negative uplift."),
          }),
        },
      }),
    })
    const exit = await Effect.gen(function* () {
      return yield* (yield* ContingencyPolicy).decide({} as never)
    }).pipe(
      Effect.provide(defineDeployment({ council, plugins: [broken.with()] }).layer),
      Effect.exit,
      Effect.runPromise,
    )
    expect(exit._tag).toBe("Failure")
    expect(String(exit._tag === "Failure" ? exit.cause : "")).toContain("test/broken")
  })

  it("builds a layer that fails with the same typed error when a port is missing", async () => {
    const exit = await Effect.void.pipe(
      Effect.provide(Layer.fresh(defineDeployment({ council, plugins: [health.with()] }).layer)),
      Effect.exit,
      Effect.runPromise,
    )
    expect(exit._tag).toBe("Failure")
    expect(String(exit._tag === "Failure" ? exit.cause : "")).toContain("PortMissing")
  })
})
