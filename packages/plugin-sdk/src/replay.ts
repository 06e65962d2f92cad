import {
  AdultAssessment,
  CarerAssessment,
  type ContingencyOutcome,
  ContingencyRequest,
  type Contribution,
  type Decision,
  type EligibilityOutcome,
  type HealthBudgetOutcome,
  type IndicativeBudget,
  FinancialAssessment,
  IndicativeBudgetInput,
  indicativeDecisionAmounts,
  informationAndAdviceReason,
  UnpaidSupportCounted,
  withUnpaidSupport,
  type PolicyRef,
  type Reason,
  type ReplayAgainst,
  type ReplayDifference,
  type ReplayResult,
  ReplayUnavailable,
  clawbackOutcomeOf,
  contributionRefundOf,
  surplusAmounts,
  type SurplusOutcome,
  SurplusInput,
  DecisionReplay,
} from "@openpb/core"
import { Effect, Option, Schema } from "effect"
import { answer } from "./answer.ts"
import type { LoadedPlugin } from "./definePlugin.ts"
import type { ResolvedDeployment } from "./defineDeployment.ts"
import { type PortName, type PortRules, portMethods } from "./ports.ts"

/** What a re-run yields, in the terms the decision recorded them. */
interface Rerun {
  readonly outcome: string
  readonly amounts: Record<string, number>
  readonly reasons: ReadonlyArray<Reason>
  readonly policy: PolicyRef
  /** What the re-run would flag for a manager (as the decision records them). */
  readonly flags?: ReadonlyArray<string>
}

type Pick = (port: PortName, recorded: PolicyRef) => Effect.Effect<LoadedPlugin, ReplayUnavailable>

const decodeInputs = <S extends Schema.Top>(decision: Decision, schema: S, value: unknown) =>
  Schema.decodeUnknownEffect(schema)(value).pipe(
    Effect.mapError(
      () =>
        new ReplayUnavailable({
          decisionId: decision.id,
          reason: "its recorded inputs no longer match the policy's input",
        }),
    ),
  ) as Effect.Effect<S["Type"], ReplayUnavailable>

const notKept = (decision: Decision) =>
  new ReplayUnavailable({
    decisionId: decision.id,
    reason: "it was made by a person, or recorded before what the policy saw was kept with it",
  })

const rules = <P extends PortName>(plugin: LoadedPlugin, port: P) =>
  plugin.rules[port] as PortRules[P]

/** Core's s13(5) reason on a not-eligible decision, with the advice the decision recorded. */
const adviceIfNotEligible = (eligible: boolean, decision: Decision) => {
  if (eligible) return []
  const advice = decision.inputs.informationAndAdvice
  return [informationAndAdviceReason(typeof advice === "string" ? advice : undefined)]
}

/** How each kind of policy decision is re-run from its frozen inputs, as core made it. */
const rerun = (decision: Decision, pick: Pick): Effect.Effect<Rerun, ReplayUnavailable> =>
  Effect.gen(function* () {
    const inputs = decision.inputs as {
      readonly assessment?: unknown
      readonly financial?: unknown
      readonly health?: { readonly policy?: PolicyRef }
      readonly policyInput?: unknown
    }
    switch (decision.kind) {
      case "eligibility": {
        const assessment = yield* decodeInputs(decision, AdultAssessment, inputs.assessment)
        const social = yield* pick("eligibility", decision.policy)
        const health = yield* pick("healthEligibility", inputs.health?.policy ?? decision.policy)
        const s = yield* answer<EligibilityOutcome>(
          social.ref,
          "eligibility.adult",
          portMethods.eligibility.adult!.output,
          () => rules(social, "eligibility").adult(assessment),
        )
        const h = yield* answer<HealthBudgetOutcome>(
          health.ref,
          "healthEligibility.assess",
          portMethods.healthEligibility.assess!.output,
          () => rules(health, "healthEligibility").assess(assessment),
        )
        const eligible = s.eligible || h.rightToHave
        return {
          outcome: eligible ? "eligible" : "not-eligible",
          amounts: {},
          reasons: [...s.reasons, ...h.reasons, ...adviceIfNotEligible(eligible, decision)],
          policy: social.ref,
        }
      }
      case "carer-eligibility": {
        const assessment = yield* decodeInputs(decision, CarerAssessment, inputs.assessment)
        const plugin = yield* pick("eligibility", decision.policy)
        const c = yield* answer<EligibilityOutcome>(
          plugin.ref,
          "eligibility.carer",
          portMethods.eligibility.carer!.output,
          () => rules(plugin, "eligibility").carer(assessment),
        )
        return {
          outcome: c.eligible ? "eligible" : "not-eligible",
          amounts: {},
          reasons: [...c.reasons, ...adviceIfNotEligible(c.eligible, decision)],
          policy: plugin.ref,
        }
      }
      case "indicative-budget": {
        const input = yield* decodeInputs(decision, IndicativeBudgetInput, inputs)
        const plugin = yield* pick("resourceAllocation", decision.policy)
        const estimated = yield* answer<IndicativeBudget>(
          plugin.ref,
          "resourceAllocation.indicativeBudget",
          portMethods.resourceAllocation.indicativeBudget!.output,
          () => rules(plugin, "resourceAllocation").indicativeBudget(input),
        )
        // Unpaid support counted on the carer's recorded word is applied as the decision did.
        const unpaid = Schema.decodeUnknownOption(UnpaidSupportCounted)(
          decision.inputs.unpaidSupport,
        )
        const b = Option.isSome(unpaid) ? withUnpaidSupport(estimated, unpaid.value) : estimated
        return {
          outcome: "indicative-amount-set",
          amounts: indicativeDecisionAmounts(b),
          reasons: b.reasons,
          policy: plugin.ref,
        }
      }
      case "financial-assessment": {
        const financial = yield* decodeInputs(decision, FinancialAssessment, inputs.financial)
        const plugin = yield* pick("charging", decision.policy)
        const c = yield* answer<Contribution>(
          plugin.ref,
          "charging.contribution",
          portMethods.charging.contribution!.output,
          () => rules(plugin, "charging").contribution(financial),
        )
        return {
          outcome: c.weeklyContributionPence === 0 ? "no-contribution" : "contribution",
          amounts: { weeklyContributionPence: c.weeklyContributionPence },
          reasons: c.reasons,
          policy: plugin.ref,
        }
      }
      case "contingency": {
        if (inputs.policyInput === undefined) return yield* notKept(decision)
        const request = yield* decodeInputs(decision, ContingencyRequest, inputs.policyInput)
        const plugin = yield* pick("contingency", decision.policy)
        const c = yield* answer<ContingencyOutcome>(
          plugin.ref,
          "contingency.decide",
          portMethods.contingency.decide!.output,
          () => rules(plugin, "contingency").decide(request),
        )
        // Core states the request in the person's words before the policy's reasons.
        const stated = decision.reasons.filter((r) => r.criterion === "contingency/request")
        return {
          outcome: c.allowed ? "uplift-applied" : "uplift-refused",
          amounts: c.allowed ? { upliftPence: c.upliftPence, days: c.days } : {},
          reasons: [...stated, ...c.reasons],
          policy: plugin.ref,
        }
      }
      case "clawback": {
        // A reviewer's answer to a challenge supersedes a proposal with a person's decision.
        if (inputs.policyInput === undefined) return yield* notKept(decision)
        const surplusInput = yield* decodeInputs(decision, SurplusInput, inputs.policyInput)
        const plugin = yield* pick("directPaymentMonitoring", decision.policy)
        const surplus = yield* answer<SurplusOutcome>(
          plugin.ref,
          "directPaymentMonitoring.assessSurplus",
          portMethods.directPaymentMonitoring.assessSurplus!.output,
          () => rules(plugin, "directPaymentMonitoring").assessSurplus(surplusInput),
        )
        // Core's own words (the holder's note, the refund, the notice with its dates counted
        // from the day it was given) are carried as recorded, after the policy's reasons.
        const stated = (criterion: string) =>
          decision.reasons.filter((r) => r.criterion === criterion)
        return {
          outcome: clawbackOutcomeOf(surplus.action),
          amounts: surplusAmounts(surplus),
          reasons: [
            ...surplus.reasons,
            ...stated("clawback/statement-note"),
            ...(contributionRefundOf(surplus) > 0 ? stated("clawback/refund") : []),
            ...(surplus.amountPence > 0 ? stated("clawback/notice") : []),
          ],
          policy: plugin.ref,
          flags: surplus.flags ?? [],
        }
      }
      default:
        return yield* new ReplayUnavailable({
          decisionId: decision.id,
          reason: `a ${decision.kind} decision is made by a person, not re-run by a policy`,
        })
    }
  })

const reasonText = (reason: Reason | undefined): string | null =>
  reason === undefined
    ? null
    : `${reason.criterion} (${reason.met === null ? "noted" : reason.met ? "met" : "not met"}): ${reason.text}`

const amountText = (pence: number | undefined): string | null =>
  pence === undefined ? null : String(pence)

const compare = (decision: Decision, replayed: Rerun): Array<ReplayDifference> => {
  const differences: Array<ReplayDifference> = []
  if (decision.outcome !== replayed.outcome)
    differences.push({ field: "outcome", recorded: decision.outcome, replayed: replayed.outcome })
  const amountKeys = new Set([...Object.keys(decision.amounts), ...Object.keys(replayed.amounts)])
  for (const key of amountKeys)
    if (decision.amounts[key] !== replayed.amounts[key])
      differences.push({
        field: `amounts.${key}`,
        recorded: amountText(decision.amounts[key]),
        replayed: amountText(replayed.amounts[key]),
      })
  const flags = (list: ReadonlyArray<string>) =>
    list.length === 0 ? null : [...list].sort().join(", ")
  if (replayed.flags !== undefined && flags(decision.flags) !== flags(replayed.flags))
    differences.push({
      field: "flags",
      recorded: flags(decision.flags),
      replayed: flags(replayed.flags),
    })
  const length = Math.max(decision.reasons.length, replayed.reasons.length)
  for (let i = 0; i < length; i++) {
    const before = decision.reasons[i]
    const after = replayed.reasons[i]
    if (
      before?.criterion !== after?.criterion ||
      before?.met !== after?.met ||
      before?.text !== after?.text
    )
      differences.push({
        field: `reasons.${i}`,
        recorded: reasonText(before),
        replayed: reasonText(after),
      })
  }
  return differences
}

/**
 * Re-runs a stored decision from its frozen inputs. With `"recorded"`, the exact plugin
 * version and settings that made it (current or retired) must give the same answer; with
 * `"current"`, the deployment's plugins today answer and the differences are listed.
 */
export const replayDecision = (
  decision: Decision,
  deployment: ResolvedDeployment,
  against: ReplayAgainst,
): Effect.Effect<ReplayResult, ReplayUnavailable> =>
  Effect.gen(function* () {
    const pick: Pick = (port, recorded) => {
      if (against === "current") {
        const shared = deployment.providers.shared[port]?.[0]
        const plugin = deployment.providers.exclusive[port] ?? shared
        return plugin === undefined
          ? Effect.fail(
              new ReplayUnavailable({
                decisionId: decision.id,
                reason: `no plugin provides ${port}`,
              }),
            )
          : Effect.succeed(plugin)
      }
      const kept = [...deployment.plugins, ...deployment.retired].find(
        (p) =>
          p.id === recorded.id && p.ref.version === recorded.version && p.provides.includes(port),
      )
      return kept === undefined
        ? Effect.fail(
            new ReplayUnavailable({
              decisionId: decision.id,
              reason: `${recorded.id}@${recorded.version} is not kept by this deployment (list it under \`retired\`)`,
            }),
          )
        : Effect.succeed(kept)
    }
    const replayed = yield* rerun(decision, pick)
    const differences = compare(decision, replayed)
    return {
      decisionId: decision.id,
      kind: decision.kind,
      against,
      recordedWith: decision.policy,
      replayedWith: replayed.policy,
      same: differences.length === 0,
      recordedOutcome: decision.outcome,
      replayedOutcome: replayed.outcome,
      differences,
      recordedReasons: decision.reasons,
      replayedReasons: replayed.reasons,
    }
  })

/** Core's replay service, answered by this deployment's plugins and the versions it keeps. */
export const decisionReplayFor = (deployment: ResolvedDeployment) =>
  DecisionReplay.of({
    replay: (decision, against) => replayDecision(decision, deployment, against),
  })

export { ReplayUnavailable }
export type { ReplayDifference, ReplayResult }
