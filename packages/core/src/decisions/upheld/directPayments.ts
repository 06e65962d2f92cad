import { Effect } from "effect"
import type { Journey } from "../../journey/Journey.ts"
import { recordDecision, saveJourney } from "../../journey/steps.ts"
import { superseding, type UpheldChallenge } from "./UpheldChallenge.ts"

/**
 * Notice that direct payments stop, challenged with success before they have stopped: the
 * notice is withdrawn and the direct payments carry on as before. Once they have stopped (the
 * money returned, the lines moved), the challenge's outcome record says so and the person can
 * ask for direct payments again through a plan revision.
 */
export const directPaymentNotice = Effect.fnUntraced(function* (
  journey: Journey,
  upheld: UpheldChallenge,
) {
  const ending = journey.directPaymentEnding
  if (
    upheld.original.outcome !== "notice-given" ||
    ending === undefined ||
    ending === null ||
    ending.noticeDecisionId !== upheld.original.id ||
    ending.completed !== null
  )
    return journey
  const decision = yield* recordDecision({
    journey,
    kind: "direct-payment-ending",
    outcome: "notice-withdrawn",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/notice-withdrawn",
        met: true,
        text: "The notice to stop your direct payments is withdrawn: they carry on as before.",
      },
    ],
  })
  return yield* saveJourney(
    journey,
    { directPaymentEnding: null },
    { type: "DirectPaymentNoticeWithdrawn", payload: { decisionId: decision.id } },
  )
})
