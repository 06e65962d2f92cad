import { Option, Schema } from "effect"
import type { Decision } from "../decisions/Decision.ts"
import { londonDateOf } from "../model/CalendarDay.ts"
import type { Journey } from "./Journey.ts"
import type { PlanLine } from "./SupportPlan.ts"

const Approval = Schema.decodeUnknownOption(Schema.Struct({ planVersion: Schema.Int }))
const LineRefusal = Schema.decodeUnknownOption(
  Schema.Struct({ planVersion: Schema.Int, lineId: Schema.String }),
)

/**
 * The plan lines that were in force at the end of a London day, from the decisions as recorded
 * by then: the plan version the latest approval made by that day approved, less the lines refused
 * with it by then. A statement or report as at a past day reads the plan it was read with then,
 * not one approved since. None before the first approval.
 */
export const linesInForceOn = (
  journey: Pick<Journey, "plans">,
  decisions: ReadonlyArray<Decision>,
  day: string,
): ReadonlyArray<PlanLine> => {
  const byThen = decisions
    .filter((d) => londonDateOf(d.madeAt) <= day)
    .sort((a, b) => (a.madeAt < b.madeAt ? -1 : a.madeAt > b.madeAt ? 1 : 0))
  const approval = byThen.findLast((d) => d.kind === "plan-approval" && d.outcome === "approved")
  if (approval === undefined) return []
  const version = Approval(approval.inputs)
  if (Option.isNone(version)) return []
  const refused = new Set(
    byThen.flatMap((d) => {
      if (d.kind !== "plan-line-refusal" || d.outcome !== "line-refused") return []
      const refusal = LineRefusal(d.inputs)
      return Option.isSome(refusal) && refusal.value.planVersion === version.value.planVersion
        ? [refusal.value.lineId]
        : []
    }),
  )
  const plan = journey.plans.find((p) => p.version === version.value.planVersion)
  return (plan?.content.lines ?? []).filter((line) => !refused.has(line.id))
}
