import { addMonths, type ChallengeRouteInput } from "@openpb/plugin-sdk"

/**
 * Challenging a council decision: the Local Authority Social Services and National Health Service
 * Complaints (England) Regulations 2009 (SI 2009/309), reg 12: a complaint is made no later than
 * 12 months after the decision (the same date a year on; 29 February gives 28 February). Then
 * the Local Government and Social Care Ombudsman.
 */
export const councilChallengeRoute = (input: ChallengeRouteInput) => {
  const deadline = addMonths(input.decidedOn, 12)
  return {
    route: "council-complaint",
    how: "Tell your practitioner or the council that you disagree and why, in any way that suits you (in writing, by phone, or through your portal's challenge option). An independent advocate or a carer can do it with you. The council looks at the decision again and writes to you with the result; if you are still unhappy you can go to the Local Government and Social Care Ombudsman.",
    deadline,
    reasons: [
      {
        criterion: "challenge/complaints-regulations-2009-reg-12",
        met: null,
        text: `You can challenge this decision until ${deadline}: 12 months from the decision on ${input.decidedOn} (Local Authority Social Services and NHS Complaints (England) Regulations 2009, reg 12).`,
      },
    ] as const,
  }
}
