import { Schema } from "effect"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { Challenge } from "../decisions/Challenge.ts"
import { Decision } from "../decisions/Decision.ts"
import {
  ChallengeRef,
  GetDecisionInput,
  getDecision,
  LodgeChallengeInput,
  listChallenges,
  listDecisions,
  lodgeChallenge,
  PersonRef,
  ResolveChallengeInput,
  resolveChallenge,
  reviewChallenge,
} from "../decisions/usecases.ts"
import { defineUseCase } from "./UseCase.ts"

export const GetDecision = defineUseCase({
  name: "getDecision",
  path: "decision.get",
  kind: "query",
  description: "A decision with its reasons, the policy that made it and how to challenge it.",
  access: readRule("decision.read", "person"),
  input: GetDecisionInput,
  output: Decision,
  errors: ["DecisionNotFound"],
  graphql: { field: "decision" },
  run: getDecision,
})

export const ListDecisions = defineUseCase({
  name: "listDecisions",
  path: "decision.ofPerson",
  kind: "query",
  description: "Every decision about a person, oldest first.",
  access: readRule("decision.read", "person"),
  input: PersonRef,
  output: Schema.Array(Decision),
  errors: [],
  graphql: { field: "decisionsOfPerson" },
  run: listDecisions,
})

export const ListChallenges = defineUseCase({
  name: "listChallenges",
  path: "challenge.ofPerson",
  kind: "query",
  description: "Every challenge a person has lodged, oldest first.",
  access: readRule("challenge.read", "person"),
  input: PersonRef,
  output: Schema.Array(Challenge),
  errors: [],
  graphql: { field: "challengesOfPerson" },
  run: listChallenges,
})

export const LodgeChallenge = defineUseCase({
  name: "lodgeChallenge",
  path: "challenge.lodge",
  kind: "command",
  description: "The person (or someone supporting them) contests a decision, with their grounds.",
  access: writeRule("challenge.lodge", "person"),
  input: LodgeChallengeInput,
  output: Challenge,
  errors: ["DecisionNotFound"],
  run: lodgeChallenge,
})

export const ReviewChallenge = defineUseCase({
  name: "reviewChallenge",
  path: "challenge.review",
  kind: "command",
  description: "The council starts looking again at a challenged decision.",
  access: writeRule("challenge.resolve", "council"),
  input: ChallengeRef,
  output: Challenge,
  errors: ["ChallengeNotFound", "ChallengeClosed"],
  run: reviewChallenge,
})

export const ResolveChallenge = defineUseCase({
  name: "resolveChallenge",
  path: "challenge.resolve",
  kind: "command",
  description: "The council's answer to a challenge, with its reasons.",
  access: writeRule("challenge.resolve", "council"),
  input: ResolveChallengeInput,
  output: Challenge,
  errors: ["ChallengeNotFound", "ChallengeClosed"],
  run: resolveChallenge,
})
