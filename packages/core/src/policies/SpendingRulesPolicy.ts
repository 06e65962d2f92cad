import { Context, type Effect, Schema } from "effect"
import { PolicyRef, Reason } from "../decisions/Decision.ts"
import type { PlanLine } from "../journey/SupportPlan.ts"

export const SpendingVerdict = Schema.Literals([
  "allowed",
  "needs-approval",
  "not-allowed",
]).annotate({ identifier: "SpendingVerdict" })
export type SpendingVerdict = typeof SpendingVerdict.Type

export const LineCheck = Schema.Struct({
  lineId: Schema.String,
  verdict: SpendingVerdict,
  reason: Reason,
  policy: PolicyRef,
}).annotate({ identifier: "LineCheck" })
export type LineCheck = typeof LineCheck.Type

/** What the money may buy: each plan line is allowed, needs approval, or is not allowed. */
export class SpendingRulesPolicy extends Context.Service<
  SpendingRulesPolicy,
  { checkLine(line: PlanLine): Effect.Effect<LineCheck> }
>()("@openpb/core/SpendingRulesPolicy") {}
