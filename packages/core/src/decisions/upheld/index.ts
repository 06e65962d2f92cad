import { Effect } from "effect"
import type { Journey } from "../../journey/Journey.ts"
import { directPaymentNotice } from "./directPayments.ts"
import { ending, eligibility, suspension, surplusProposal } from "./journey.ts"
import { approvedBudget, contribution, indicativeAmount, refusedLine } from "./money.ts"
import type { UpheldChallenge } from "./UpheldChallenge.ts"

export type { UpheldChallenge } from "./UpheldChallenge.ts"

/**
 * What a challenge that succeeds changes, by the kind of decision challenged: a superseding
 * decision recording what changed and why, applied to the journey, the budget and the ledger.
 * Decisions a practitioner remakes through their own command (a plan, a review, a contingency
 * request) are answered by the superseding outcome record alone.
 */
export const applyUpheldChallenge = (journey: Journey, upheld: UpheldChallenge) => {
  switch (upheld.original.kind) {
    case "eligibility":
      return eligibility(journey, upheld)
    case "clawback":
      return surplusProposal(journey, upheld)
    case "indicative-budget":
      return indicativeAmount(journey, upheld)
    case "plan-approval":
      return approvedBudget(journey, upheld)
    case "suspension":
      return suspension(journey, upheld)
    case "ending":
      return ending(journey, upheld)
    case "financial-assessment":
      return contribution(journey, upheld)
    case "plan-line-refusal":
      return refusedLine(journey, upheld)
    case "direct-payment-ending":
      return directPaymentNotice(journey, upheld)
    default:
      return Effect.succeed(journey)
  }
}
