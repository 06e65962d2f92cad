import { Effect } from "effect"
import { newUuidV7 } from "../model/Ids.ts"
import type { ReviewDue } from "../policies/ReviewSchedulePolicy.ts"
import type { Review } from "./Journey.ts"

/** Turns the review policy's due dates into scheduled reviews. */
export const scheduledReviews = (dues: ReadonlyArray<ReviewDue>) =>
  Effect.forEach(dues, (due) =>
    Effect.map(
      newUuidV7,
      (id): Review => ({
        id,
        clock: due.clock,
        trigger: "scheduled",
        dueDate: due.dueDate,
        status: "due",
        completedOn: null,
        progress: [],
        wellbeing: null,
        views: null,
        outcome: null,
        decisionId: null,
      }),
    ),
  )
