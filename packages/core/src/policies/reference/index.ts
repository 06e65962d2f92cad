import { Layer } from "effect"
import { ReferenceEligibility } from "./eligibility.ts"
import { ReferenceMoneyPolicies } from "./money.ts"

export { referencePolicy } from "./ref.ts"

/**
 * Every policy port with England's national minimums in their simplest form: what a
 * deployment runs with before it composes its council's plugins.
 */
export const ReferencePolicies = Layer.mergeAll(ReferenceEligibility, ReferenceMoneyPolicies)
