import { Context, type Effect, Schema } from "effect"
import { Pence } from "../model/Money.ts"
import { LineCheck } from "./SpendingRulesPolicy.ts"
import { Explained } from "./PolicyOutcome.ts"

export const ApprovalLevel = Schema.Literals(["practitioner", "team-manager", "panel"]).annotate({
  identifier: "ApprovalLevel",
})
export type ApprovalLevel = typeof ApprovalLevel.Type

export const ApprovalInput = Schema.Struct({
  annualPlanCostPence: Pence,
  indicativeAnnualPence: Pence,
  lineChecks: Schema.Array(LineCheck),
})
export type ApprovalInput = typeof ApprovalInput.Type

export const ApprovalRequirement = Schema.Struct({
  level: ApprovalLevel,
  /** The smallest approval limit an approver needs to sign this plan off. */
  minimumApproverLimitPence: Pence,
  ...Explained,
}).annotate({ identifier: "ApprovalRequirement" })
export type ApprovalRequirement = typeof ApprovalRequirement.Type

/** A lawful ground on which a council may refuse a plan, in words the person can read. */
export const RefusalGround = Schema.Struct({
  id: Schema.NonEmptyString,
  text: Schema.NonEmptyString,
}).annotate({ identifier: "RefusalGround" })
export type RefusalGround = typeof RefusalGround.Type

/** Who must sign a plan off (e.g. a cost beyond a tolerance of the indicative amount goes to a panel). */
export class ApprovalPolicy extends Context.Service<
  ApprovalPolicy,
  {
    requirement(input: ApprovalInput): Effect.Effect<ApprovalRequirement>
    /** The limit, in pence a year, up to which an approver of this level may sign off. */
    limitFor(level: ApprovalLevel): Effect.Effect<number>
    /** The grounds on which this council may refuse a plan; a refusal names one of them. */
    readonly refusalGrounds: Effect.Effect<ReadonlyArray<RefusalGround>>
    /** How many days back a change may be dated (a suspension recorded late); absent: 28. */
    readonly maxBackdatingDays?: number
  }
>()("@openpb/core/ApprovalPolicy") {}
