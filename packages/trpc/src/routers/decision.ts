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
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

const encodeDecision = Schema.encodeSync(Decision)
const encodeChallenge = Schema.encodeSync(Challenge)

/** Decisions with their reasons, policy and challenge route; challenges to them. */
export const decisionRouter = router({
  get: useCaseProcedure("getDecision")
    .input(typedInput<GetDecisionInput>())
    .query(({ ctx, input }) =>
      ctx.run(getDecision(input).pipe(Effect.map((d) => encodeDecision(d)))),
    ),
  ofPerson: useCaseProcedure("listDecisions")
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) =>
      ctx.run(listDecisions(input).pipe(Effect.map((ds) => ds.map((d) => encodeDecision(d))))),
    ),
})

export const challengeRouter = router({
  lodge: useCaseProcedure("lodgeChallenge")
    .input(typedInput<LodgeChallengeInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(lodgeChallenge(input).pipe(Effect.map((c) => encodeChallenge(c)))),
    ),
  review: useCaseProcedure("reviewChallenge")
    .input(typedInput<ChallengeRef>())
    .mutation(({ ctx, input }) =>
      ctx.run(reviewChallenge(input).pipe(Effect.map((c) => encodeChallenge(c)))),
    ),
  resolve: useCaseProcedure("resolveChallenge")
    .input(typedInput<ResolveChallengeInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(resolveChallenge(input).pipe(Effect.map((c) => encodeChallenge(c)))),
    ),
  ofPerson: useCaseProcedure("listChallenges")
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) =>
      ctx.run(listChallenges(input).pipe(Effect.map((cs) => cs.map((c) => encodeChallenge(c))))),
    ),
})
