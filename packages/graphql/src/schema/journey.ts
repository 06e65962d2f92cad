import {
  activateContingency,
  assessCarer,
  assignJourney,
  completeReview,
  declineBudget,
  decideEligibility,
  decidePlan,
  draftPlan,
  endJourney,
  getJourney,
  Journey,
  listJourneysOfPerson,
  listJourneys,
  encodeCursor,
  myCaseload,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  resumeBudget,
  setIndicativeBudget,
  startAssessment,
  startReview,
  submitPlan,
  suspendBudget,
  type UseCaseName,
} from "@openpb/core"
import type { Effect } from "effect"
import { Schema } from "effect"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"
import { DecisionRef } from "./decision.ts"

const encodeJourney = Schema.encodeSync(Journey)

export const JourneyRef = builder.objectRef<Journey>("Journey").implement({
  description: "One person's journey from first conversation to a good ending.",
  fields: (t) => ({
    id: t.exposeID("id"),
    personId: t.exposeID("personId"),
    stage: t.exposeString("stage", {
      description: "considering, assessing, eligibility-decided, ... ended",
    }),
    version: t.exposeInt("version"),
    practitioner: t.exposeString("practitioner", { nullable: true }),
    adviser: t.exposeString("adviser", { nullable: true }),
    engagementSupport: t.exposeString("engagementSupport"),
    budgetId: t.exposeID("budgetId", { nullable: true }),
    eligibilityDecisionId: t.exposeID("eligibilityDecisionId", { nullable: true }),
    nextReviewDue: t.string({ nullable: true, resolve: (j) => j.nextReviewDue }),
    document: t.field({
      type: "JSON",
      description:
        "The whole journey record: assessment, plans, reviews, approval, contingency, ending.",
      resolve: (j) => encodeJourney(j),
    }),
  }),
})

const JourneyWithStatusRef = builder
  .objectRef<{ journey: Journey; contingencyActive: boolean }>("JourneyWithStatus")
  .implement({
    fields: (t) => ({
      journey: t.field({ type: JourneyRef, resolve: (r) => r.journey }),
      contingencyActive: t.exposeBoolean("contingencyActive", {
        description: "Whether a contingency uplift applies today; it ends by itself.",
      }),
    }),
  })

const CaseloadEntryRef = builder
  .objectRef<{ journey: Journey; nextReviewDue: string | null; overdue: boolean }>("CaseloadEntry")
  .implement({
    fields: (t) => ({
      journey: t.field({ type: JourneyRef, resolve: (r) => r.journey }),
      nextReviewDue: t.exposeString("nextReviewDue", { nullable: true }),
      overdue: t.exposeBoolean("overdue"),
    }),
  })

builder.queryField("journey", (t) =>
  t.field({
    extensions: runsUseCase("getJourney"),
    type: JourneyWithStatusRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(getJourney({ journeyId: args.id })),
  }),
)

builder.queryField("journeys", (t) =>
  t.connection({
    extensions: runsUseCase("listJourneys"),
    type: JourneyRef,
    description: "The council's journeys, oldest first.",
    resolve: async (_, args, ctx) => {
      const page = await ctx.run(
        listJourneys({
          ...(args.first ? { first: args.first } : {}),
          ...(args.after ? { after: args.after } : {}),
        }),
      )
      return {
        edges: page.items.map((node) => ({ node, cursor: encodeCursor(node.id) })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: Boolean(args.after),
          startCursor: page.items[0] ? encodeCursor(page.items[0].id) : null,
          endCursor: page.endCursor,
        },
      }
    },
  }),
)

builder.queryField("journeysOfPerson", (t) =>
  t.field({
    extensions: runsUseCase("listJourneysOfPerson"),
    type: [JourneyRef],
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(listJourneysOfPerson({ personId: args.personId })),
  }),
)

builder.queryField("myCaseload", (t) =>
  t.field({
    extensions: runsUseCase("myCaseload"),
    type: [CaseloadEntryRef],
    description:
      "The signed-in practitioner's or adviser's open journeys, with due and overdue reviews.",
    resolve: (_, __, ctx) => ctx.run(myCaseload({})),
  }),
)

/** Each step of the journey is a mutation taking the use case's input as JSON. */
const journeySteps = {
  referPerson,
  declineBudget,
  assignJourney,
  startAssessment,
  recordAssessment,
  recordFinancialAssessment,
  decideEligibility,
  setIndicativeBudget,
  draftPlan,
  submitPlan,
  decidePlan,
  suspendBudget,
  resumeBudget,
  activateContingency,
  startReview,
  completeReview,
  endJourney,
} as const satisfies Partial<Record<UseCaseName, unknown>>

for (const [name, useCase] of Object.entries(journeySteps)) {
  builder.mutationField(name, (t) =>
    t.field({
      extensions: runsUseCase(name as UseCaseName),
      type: JourneyRef,
      description: `Runs the journey step ${name}; the input is that step's input.`,
      args: { input: t.arg({ type: "JSON", required: true }) },
      resolve: (_, args, ctx) =>
        ctx.run((useCase as (raw: unknown) => Effect.Effect<Journey, unknown, never>)(args.input)),
    }),
  )
}

builder.mutationField("assessCarer", (t) =>
  t.field({
    extensions: runsUseCase("assessCarer"),
    type: DecisionRef,
    description: "A carer's own assessment; returns the carer eligibility decision.",
    args: { input: t.arg({ type: "JSON", required: true }) },
    resolve: (_, args, ctx) => ctx.run(assessCarer(args.input)),
  }),
)
