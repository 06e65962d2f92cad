import {
  ApprovalPolicy,
  AssessmentPeriodCheck,
  type ChallengeRouteAnswer,
  ChallengeRoutePolicy,
  ChargingPolicy,
  ContingencyPolicy,
  type DirectPaymentConditionsOutcome,
  DirectPaymentConditionsPolicy,
  DirectPaymentMonitoringPolicy,
  EligibilityPolicy,
  HealthEligibilityPolicy,
  type LineCheck,
  type MeasureScore,
  OutcomeMeasurePolicy,
  type PolicyRef,
  ResourceAllocationPolicy,
  type ReviewDue,
  ReviewSchedulePolicy,
  SpendingRulesPolicy,
  type SurplusOutcome,
  TransactionMatch,
  CouncilWord,
  Vocabulary,
} from "@openpb/core"
import { Context, Effect, Schema } from "effect"
import { answer, maybeAnswer } from "./answer.ts"
import type { LoadedPlugin } from "./definePlugin.ts"
import { type PortName, type PortRules, portMethods } from "./ports.ts"

/** Answers the SDK gives itself, where no plugin of a shared port covers an input. */
export const sdkPolicy: PolicyRef = { id: "openpb/plugin-sdk", version: "0.1.0" }

const rulesOf = <P extends PortName>(plugin: LoadedPlugin, port: P): PortRules[P] =>
  plugin.rules[port] as PortRules[P]

const verdictWeight = { allowed: 0, "needs-approval": 1, "not-allowed": 2 } as const

/** The chosen provider of each exclusive port, and every provider of each shared port. */
export interface Providers {
  readonly exclusive: { readonly [P in PortName]?: LoadedPlugin }
  readonly shared: { readonly [P in PortName]?: ReadonlyArray<LoadedPlugin> }
}

const one = (providers: Providers, port: PortName): LoadedPlugin => {
  const plugin = providers.exclusive[port]
  if (plugin === undefined) throw new Error(`No provider resolved for ${port}`)
  return plugin
}

/** Core's policy services, answered by the deployment's plugins. */
export const policyContext = (providers: Providers) => {
  const eligibility = one(providers, "eligibility")
  const health = one(providers, "healthEligibility")
  const ras = one(providers, "resourceAllocation")
  const charging = one(providers, "charging")
  const approval = one(providers, "approval")
  const contingency = one(providers, "contingency")
  const spending = providers.shared.spendingRules ?? []
  const reviews = providers.shared.reviewSchedule ?? []
  const monitoring = providers.shared.directPaymentMonitoring ?? []
  const measures = providers.shared.outcomeMeasures ?? []
  const conditions = providers.shared.directPaymentConditions ?? []
  const challengeRoutes = providers.shared.challengeRoutes ?? []
  const vocabularies = providers.shared.vocabulary ?? []
  // Checked as the deployment was resolved (`checkVocabulary`), so decoding here cannot fail.
  const councilWords = [
    ...new Map(
      vocabularies
        .flatMap((plugin) =>
          Schema.decodeUnknownSync(Schema.Array(CouncilWord))(rulesOf(plugin, "vocabulary").words),
        )
        .map((word) => [word.key, word]),
    ).values(),
  ]
  const m = portMethods

  return Context.make(EligibilityPolicy, {
    adult: (a) =>
      answer(eligibility.ref, "eligibility.adult", m.eligibility.adult!.output, () =>
        rulesOf(eligibility, "eligibility").adult(a),
      ),
    carer: (a) =>
      answer(eligibility.ref, "eligibility.carer", m.eligibility.carer!.output, () =>
        rulesOf(eligibility, "eligibility").carer(a),
      ),
    assessmentPeriod: (a) => {
      const rule = rulesOf(eligibility, "eligibility").assessmentPeriod
      return rule === undefined
        ? Effect.succeed({
            sufficient: true,
            reasons: [
              {
                criterion: "deployment/no-assessment-period-rule",
                met: null,
                text: "This council's eligibility rules set no assessment period, so the one recorded stands.",
              },
            ],
            policy: eligibility.ref,
          })
        : answer(eligibility.ref, "eligibility.assessmentPeriod", AssessmentPeriodCheck, () =>
            rule(a),
          )
    },
  }).pipe(
    Context.add(HealthEligibilityPolicy, {
      assess: (a) =>
        answer(health.ref, "healthEligibility.assess", m.healthEligibility.assess!.output, () =>
          rulesOf(health, "healthEligibility").assess(a),
        ),
    }),
    Context.add(ResourceAllocationPolicy, {
      indicativeBudget: (i) =>
        answer(
          ras.ref,
          "resourceAllocation.indicativeBudget",
          m.resourceAllocation.indicativeBudget!.output,
          () => rulesOf(ras, "resourceAllocation").indicativeBudget(i),
        ),
    }),
    Context.add(ChargingPolicy, {
      contribution: (f) =>
        answer(charging.ref, "charging.contribution", m.charging.contribution!.output, () =>
          rulesOf(charging, "charging").contribution(f),
        ),
    }),
    Context.add(ApprovalPolicy, {
      requirement: (i) =>
        answer(approval.ref, "approval.requirement", m.approval.requirement!.output, () =>
          rulesOf(approval, "approval").requirement(i),
        ),
      limitFor: (level) =>
        answer(approval.ref, "approval.limitFor", m.approval.limitFor!.output, () =>
          rulesOf(approval, "approval").limitFor(level),
        ),
      refusalGrounds: Effect.succeed(rulesOf(approval, "approval").refusalGrounds),
    }),
    Context.add(ContingencyPolicy, {
      decide: (r) =>
        answer(contingency.ref, "contingency.decide", m.contingency.decide!.output, () =>
          rulesOf(contingency, "contingency").decide(r),
        ),
    }),
    Context.add(SpendingRulesPolicy, {
      // Every plugin covering the line has its say; the strictest verdict stands.
      checkLine: (line) =>
        Effect.forEach(spending, (plugin) =>
          maybeAnswer<LineCheck>(
            plugin.ref,
            "spendingRules.checkLine",
            m.spendingRules.checkLine!.output,
            () => rulesOf(plugin, "spendingRules").checkLine(line),
          ),
        ).pipe(
          Effect.map((checks) => {
            const given = checks.filter((c): c is LineCheck => c !== undefined)
            const strictest = given.reduce<LineCheck | undefined>(
              (worst, c) =>
                worst === undefined || verdictWeight[c.verdict] > verdictWeight[worst.verdict]
                  ? c
                  : worst,
              undefined,
            )
            return (
              strictest ?? {
                lineId: line.id,
                verdict: "needs-approval" as const,
                reason: {
                  criterion: "deployment/no-spending-rule",
                  met: null,
                  text: "No spending rule of this council covers this funding stream, so a manager decides.",
                },
                policy: sdkPolicy,
              }
            )
          }),
        ),
    }),
    Context.add(ReviewSchedulePolicy, {
      // Each plugin keeps its own clocks; should two keep one clock, the earlier date stands.
      nextReviews: (input) =>
        Effect.forEach(reviews, (plugin) =>
          answer<ReadonlyArray<ReviewDue>>(
            plugin.ref,
            "reviewSchedule.nextReviews",
            m.reviewSchedule.nextReviews!.output,
            () => rulesOf(plugin, "reviewSchedule").nextReviews(input),
          ),
        ).pipe(
          Effect.map((lists) => {
            const byClock = new Map<string, ReviewDue>()
            for (const due of lists.flat()) {
              const kept = byClock.get(due.clock)
              if (kept === undefined || due.dueDate < kept.dueDate) byClock.set(due.clock, due)
            }
            return [...byClock.values()]
          }),
        ),
    }),
    Context.add(DirectPaymentMonitoringPolicy, {
      statementEveryWeeks: Effect.succeed(
        Math.min(
          ...monitoring.map((p) => rulesOf(p, "directPaymentMonitoring").statementEveryWeeks),
        ),
      ),
      // The soonest check any plugin asks for; none when no plugin sets one.
      noSpendWeeks: Effect.sync(() => {
        const weeks = monitoring.flatMap((p) => {
          const set = rulesOf(p, "directPaymentMonitoring").noSpendWeeks
          return set === undefined ? [] : [set]
        })
        return weeks.length === 0 ? undefined : Math.min(...weeks)
      }),
      // The first plugin (in the deployment's order) that covers the funding stream answers.
      assessSurplus: (input) =>
        Effect.gen(function* () {
          for (const plugin of monitoring) {
            const outcome = yield* maybeAnswer<SurplusOutcome>(
              plugin.ref,
              "directPaymentMonitoring.assessSurplus",
              m.directPaymentMonitoring.assessSurplus!.output,
              () => rulesOf(plugin, "directPaymentMonitoring").assessSurplus(input),
            )
            if (outcome !== undefined) return outcome
          }
          return {
            action: "none" as const,
            amountPence: 0,
            responseWindowDays: 0,
            reasons: [
              {
                criterion: "deployment/no-monitoring-rule",
                met: null,
                text: "No monitoring rule of this council covers this funding stream, so nothing is proposed.",
              },
            ],
            policy: sdkPolicy,
          }
        }),
      // The first plugin (in the deployment's order) whose rules recognise the payment answers;
      // none leaves it for a person to match.
      matchTransaction: (input) =>
        Effect.gen(function* () {
          for (const plugin of monitoring) {
            const rule = rulesOf(plugin, "directPaymentMonitoring").matchTransaction
            if (rule === undefined) continue
            const match = yield* maybeAnswer<TransactionMatch>(
              plugin.ref,
              "directPaymentMonitoring.matchTransaction",
              TransactionMatch,
              () => rule(input),
            )
            if (match !== undefined) return match
          }
          return undefined
        }),
    }),
    Context.add(OutcomeMeasurePolicy, {
      instruments: measures.flatMap((p) => rulesOf(p, "outcomeMeasures").instruments),
      // The first plugin (in the deployment's order) that knows the instrument scores it.
      score: (answers) =>
        Effect.gen(function* () {
          for (const plugin of measures) {
            if (!rulesOf(plugin, "outcomeMeasures").instruments.includes(answers.instrument))
              continue
            const scored = yield* maybeAnswer<MeasureScore>(
              plugin.ref,
              "outcomeMeasures.score",
              m.outcomeMeasures.score!.output,
              () => rulesOf(plugin, "outcomeMeasures").score(answers),
            )
            if (scored !== undefined) return scored
          }
          return undefined
        }),
    }),
    Context.add(DirectPaymentConditionsPolicy, {
      // The first plugin (in the deployment's order) that covers the funding stream answers.
      check: (input) =>
        Effect.gen(function* () {
          for (const plugin of conditions) {
            const outcome = yield* maybeAnswer<DirectPaymentConditionsOutcome>(
              plugin.ref,
              "directPaymentConditions.check",
              m.directPaymentConditions.check!.output,
              () => rulesOf(plugin, "directPaymentConditions").check(input),
            )
            if (outcome !== undefined) return outcome
          }
          return {
            met: true,
            alternatives: [],
            reasons: [
              {
                criterion: "deployment/no-direct-payment-conditions",
                met: null,
                text: "No plugin of this council sets the conditions of direct payments for this funding stream, so the practitioner's record of the request and capacity stands.",
              },
            ],
            policy: sdkPolicy,
          }
        }),
    }),
    Context.add(ChallengeRoutePolicy, {
      // Every route a plugin opens is the person's to use.
      routes: (input) =>
        Effect.forEach(challengeRoutes, (plugin) =>
          maybeAnswer<ChallengeRouteAnswer>(
            plugin.ref,
            "challengeRoutes.route",
            m.challengeRoutes.route!.output,
            () => rulesOf(plugin, "challengeRoutes").route(input),
          ),
        ).pipe(Effect.map((answers) => answers.filter((a) => a !== undefined))),
    }),
    Context.add(Vocabulary, { words: Effect.succeed(councilWords) }),
  )
}
