import {
  Challenge,
  type ChallengeRef,
  Decision,
  type GetDecisionInput,
  getDecision,
  type LodgeChallengeInput,
  listChallenges,
  listDecisions,
  lodgeChallenge,
  type PersonRef,
  type ResolveChallengeInput,
  resolveChallenge,
  reviewChallenge,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { procedure, router, typedInput } from "../trpc.ts"

const encodeDecision = Schema.encodeSync(Decision)
const encodeChallenge = Schema.encodeSync(Challenge)

/** Decisions with their reasons, policy and challenge route; challenges to them. */
export const decisionRouter = router({
  get: procedure
    .input(typedInput<GetDecisionInput>())
    .query(({ ctx, input }) =>
      ctx.run(getDecision(input).pipe(Effect.map((d) => encodeDecision(d)))),
    ),
  ofPerson: procedure
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) =>
      ctx.run(listDecisions(input).pipe(Effect.map((ds) => ds.map((d) => encodeDecision(d))))),
    ),
})

export const challengeRouter = router({
  lodge: procedure
    .input(typedInput<LodgeChallengeInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(lodgeChallenge(input).pipe(Effect.map((c) => encodeChallenge(c)))),
    ),
  review: procedure
    .input(typedInput<ChallengeRef>())
    .mutation(({ ctx, input }) =>
      ctx.run(reviewChallenge(input).pipe(Effect.map((c) => encodeChallenge(c)))),
    ),
  resolve: procedure
    .input(typedInput<ResolveChallengeInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(resolveChallenge(input).pipe(Effect.map((c) => encodeChallenge(c)))),
    ),
  ofPerson: procedure
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) =>
      ctx.run(listChallenges(input).pipe(Effect.map((cs) => cs.map((c) => encodeChallenge(c))))),
    ),
})
