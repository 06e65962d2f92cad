import { addMonths, type ChallengeRouteInput } from "@openpb/plugin-sdk"

/**
 * Where NHS money is in the decision, the NHS body's own route: a reconsideration of a refusal
 * to make a direct payment, to include a service in the plan, or of a reduced amount (NHS (Direct
 * Payments) Regulations 2013 as amended by SI 2013/2354), and a complaint within 12 months under
 * the 2009 Complaints Regulations reg 12; then the Parliamentary and Health Service Ombudsman.
 */
export const nhsChallengeRoute = (input: ChallengeRouteInput) => {
  if (!input.healthFunded) return undefined
  const deadline = addMonths(input.decidedOn, 12)
  return {
    route: "nhs-reconsideration",
    how: "For the NHS part of your budget, ask the integrated care board to reconsider: say what you disagree with and send anything that supports it. You can also complain to the board; if you are still unhappy, to the Parliamentary and Health Service Ombudsman.",
    deadline,
    reasons: [
      {
        criterion: "challenge/nhs-reconsideration",
        met: null,
        text: `The NHS part of this decision can be reconsidered or complained about until ${deadline} (NHS (Direct Payments) Regulations 2013 as amended by SI 2013/2354; Complaints Regulations 2009, reg 12).`,
      },
    ] as const,
  }
}
