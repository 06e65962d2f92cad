import { addMonths, type ChallengeRouteInput } from "@openpb/plugin-sdk"

/**
 * Challenging a Scottish council's decision: its complaints handling procedure on the Scottish
 * Public Services Ombudsman's model, where a complaint is normally made within six months of the
 * decision (the same date six months on, clamped at month ends); then the SPSO (Scottish Public
 * Services Ombudsman Act 2002).
 */
export const scottishChallengeRoute = (input: ChallengeRouteInput) => {
  const deadline = addMonths(input.decidedOn, 6)
  return {
    route: "council-complaint",
    how: "Tell your worker or the council that you disagree and why, in any way that suits you. An independent advocate or a carer can do it with you. The council looks at the decision again and replies; if you are still unhappy you can go to the Scottish Public Services Ombudsman.",
    deadline,
    reasons: [
      {
        criterion: "challenge/spso-model-complaints-procedure",
        met: null,
        text: `You can challenge this decision until ${deadline}: six months from the decision on ${input.decidedOn} (the council's complaints procedure on the SPSO model).`,
      },
    ] as const,
  }
}
