import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { ChallengeNotFound } from "../journey/JourneyErrors.ts"
import { CurrentActor } from "../model/Actor.ts"
import { decodeInput } from "../model/Input.ts"
import { ChallengeRepository } from "../ports/DecisionRepository.ts"
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
import { ReplayDecisionInput, replayDecision } from "../decisions/replay.ts"
import { ReplayResult } from "../ports/DecisionReplay.ts"
import { DecisionLetter } from "../letters/DecisionLetter.ts"
import { DecisionLetterInput, getDecisionLetter } from "../letters/usecases.ts"

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

/** One challenge by its id; another council's does not exist for the actor. */
const getChallenge = Effect.fn("getChallenge")(function* (raw: unknown) {
  const { challengeId } = yield* decodeInput(ChallengeRef)(raw)
  const actor = yield* CurrentActor
  const found = yield* (yield* ChallengeRepository).findById(actor.councilId, challengeId)
  if (Option.isNone(found)) return yield* new ChallengeNotFound({ challengeId })
  yield* authorize("challenge.read", found.value.personId)
  return found.value
})

export const GetChallenge = defineUseCase({
  name: "getChallenge",
  path: "challenge.get",
  kind: "query",
  description: "One challenge, to follow where it stands.",
  access: readRule("challenge.read", "person"),
  input: ChallengeRef,
  output: Challenge,
  errors: ["ChallengeNotFound"],
  graphql: { field: "challenge" },
  run: getChallenge,
})

export const ReplayDecision = defineUseCase({
  name: "replayDecision",
  path: "decision.replay",
  kind: "query",
  description:
    "Re-runs a decision from its frozen inputs: under the plugin version that made it (it must come out the same) or under today's rules (the differences, field by field, with both explanations).",
  access: readRule("decision.read", "person"),
  input: ReplayDecisionInput,
  output: ReplayResult,
  errors: ["DecisionNotFound", "ReplayUnavailable"],
  graphql: { field: "replayDecision" },
  run: replayDecision,
})

export const GetDecisionLetter = defineUseCase({
  name: "getDecisionLetter",
  path: "decision.letter",
  kind: "query",
  description:
    "A decision as a letter the person can keep, in plain English and the council's words: what was decided, why, the amounts, the rules and version, and how and by when to challenge it (HTML included; the PDF is at /letters/{decisionId}.pdf).",
  access: readRule("decision.read", "person"),
  input: DecisionLetterInput,
  output: DecisionLetter,
  errors: ["DecisionNotFound", "PersonNotFound"],
  graphql: { field: "decisionLetter" },
  run: getDecisionLetter,
})
