import {
  addCarer,
  type Carer,
  type Challenge,
  type Decision,
  getDecision,
  listCarers,
  listChallenges,
  listDecisions,
  lodgeChallenge,
  resolveChallenge,
  reviewChallenge,
  setCarerConsent,
} from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"

const ReasonRef = builder.objectRef<Decision["reasons"][number]>("Reason").implement({
  description: "One criterion of a decision, in plain words.",
  fields: (t) => ({
    criterion: t.exposeString("criterion"),
    met: t.exposeBoolean("met", { nullable: true }),
    text: t.exposeString("text"),
  }),
})

export const DecisionRef = builder.objectRef<Decision>("Decision").implement({
  description:
    "An immutable, explained decision: its reasons, the policy that made it, how to challenge it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    personId: t.exposeID("personId"),
    kind: t.exposeString("kind"),
    outcome: t.exposeString("outcome"),
    reasons: t.field({ type: [ReasonRef], resolve: (d) => d.reasons }),
    policyId: t.string({ resolve: (d) => d.policy.id }),
    policyVersion: t.string({ resolve: (d) => d.policy.version }),
    inputs: t.field({ type: "JSON", resolve: (d) => d.inputs }),
    amounts: t.field({ type: "JSON", resolve: (d) => d.amounts }),
    confirmedBy: t.exposeString("confirmedBy"),
    madeAt: t.exposeString("madeAt"),
    challengeHow: t.string({ resolve: (d) => d.challenge.how }),
    challengeDeadline: t.string({ resolve: (d) => d.challenge.deadline }),
    supersedes: t.exposeID("supersedes", { nullable: true }),
  }),
})

const ChallengeRef = builder.objectRef<Challenge>("Challenge").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    decisionId: t.exposeID("decisionId"),
    grounds: t.exposeString("grounds"),
    status: t.exposeString("status", {
      description: "lodged, under-review, upheld, overturned, partly-overturned",
    }),
    deadline: t.exposeString("deadline"),
    lodgedAt: t.exposeString("lodgedAt"),
    outcomeDecisionId: t.exposeID("outcomeDecisionId", { nullable: true }),
  }),
})

const CarerRef = builder.objectRef<Carer>("Carer").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    personId: t.exposeID("personId"),
    name: t.exposeString("name"),
    relationship: t.exposeString("relationship"),
    consentToView: t.exposeBoolean("consentToView"),
    nominatedPerson: t.exposeBoolean("nominatedPerson"),
  }),
})

builder.queryField("decision", (t) =>
  t.field({
    extensions: runsUseCase("getDecision"),
    type: DecisionRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(getDecision({ decisionId: args.id })),
  }),
)

builder.queryField("decisionsOfPerson", (t) =>
  t.field({
    extensions: runsUseCase("listDecisions"),
    type: [DecisionRef],
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(listDecisions({ personId: args.personId })),
  }),
)

builder.queryField("challengesOfPerson", (t) =>
  t.field({
    extensions: runsUseCase("listChallenges"),
    type: [ChallengeRef],
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(listChallenges({ personId: args.personId })),
  }),
)

builder.queryField("carersOfPerson", (t) =>
  t.field({
    extensions: runsUseCase("listCarers"),
    type: [CarerRef],
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(listCarers({ personId: args.personId })),
  }),
)

const inputArg = { type: "JSON" as const, required: true as const }

builder.mutationField("lodgeChallenge", (t) =>
  t.field({
    extensions: runsUseCase("lodgeChallenge"),
    type: ChallengeRef,
    args: { input: t.arg(inputArg) },
    resolve: (_, a, ctx) => ctx.run(lodgeChallenge(a.input)),
  }),
)
builder.mutationField("reviewChallenge", (t) =>
  t.field({
    extensions: runsUseCase("reviewChallenge"),
    type: ChallengeRef,
    args: { input: t.arg(inputArg) },
    resolve: (_, a, ctx) => ctx.run(reviewChallenge(a.input)),
  }),
)
builder.mutationField("resolveChallenge", (t) =>
  t.field({
    extensions: runsUseCase("resolveChallenge"),
    type: ChallengeRef,
    args: { input: t.arg(inputArg) },
    resolve: (_, a, ctx) => ctx.run(resolveChallenge(a.input)),
  }),
)
builder.mutationField("addCarer", (t) =>
  t.field({
    extensions: runsUseCase("addCarer"),
    type: CarerRef,
    args: { input: t.arg(inputArg) },
    resolve: (_, a, ctx) => ctx.run(addCarer(a.input)),
  }),
)
builder.mutationField("setCarerConsent", (t) =>
  t.field({
    extensions: runsUseCase("setCarerConsent"),
    type: CarerRef,
    args: { input: t.arg(inputArg) },
    resolve: (_, a, ctx) => ctx.run(setCarerConsent(a.input)),
  }),
)
