import { Context, type Effect, Schema } from "effect"
import { DirectPaymentArrangements } from "../journey/DirectPaymentArrangements.ts"
import { PlanLine } from "../journey/SupportPlan.ts"
import { FundingStreamKind, LineDeliveryMechanism } from "../model/Budget.ts"
import { Explained } from "./PolicyOutcome.ts"

/** A plan's direct-payment lines of one funding stream, with what the practitioner recorded. */
export const DirectPaymentConditionsInput = Schema.Struct({
  fundingStream: FundingStreamKind,
  lines: Schema.NonEmptyArray(PlanLine),
  arrangements: Schema.NullOr(DirectPaymentArrangements),
}).annotate({ identifier: "DirectPaymentConditionsInput" })
export type DirectPaymentConditionsInput = typeof DirectPaymentConditionsInput.Type

/**
 * Whether the law's conditions for direct payments are met, each condition a reason. When they
 * are not, `alternatives` says how the same support can be arranged instead: a refusal of
 * direct payments is never a refusal of support.
 */
export const DirectPaymentConditionsOutcome = Schema.Struct({
  met: Schema.Boolean,
  alternatives: Schema.Array(LineDeliveryMechanism),
  ...Explained,
}).annotate({ identifier: "DirectPaymentConditionsOutcome" })
export type DirectPaymentConditionsOutcome = typeof DirectPaymentConditionsOutcome.Type

/** The conditions of direct payments, per funding stream (social care, NHS). */
export class DirectPaymentConditionsPolicy extends Context.Service<
  DirectPaymentConditionsPolicy,
  {
    check(input: DirectPaymentConditionsInput): Effect.Effect<DirectPaymentConditionsOutcome>
    /** The notice before direct payments stop, in days; absent: four weeks. */
    readonly endingNoticeDays?: number
  }
>()("@openpb/core/DirectPaymentConditionsPolicy") {}
