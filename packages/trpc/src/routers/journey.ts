import {
  type AssignInput,
  activateContingency,
  assignJourney,
  type CarerAssessmentInput,
  type CompleteReviewInput,
  type ContingencyInput,
  completeReview,
  type DeclineInput,
  type DecidePlanInput,
  type DraftPlanInput,
  declineBudget,
  decideEligibility,
  decidePlan,
  draftPlan,
  type EndInput,
  endJourney,
  type GetJourneyInput,
  getJourney,
  type IndicativeBudgetRequest,
  Journey,
  type JourneyRef,
  type JourneysOfPersonInput,
  listJourneysOfPerson,
  type ListJourneysInput,
  listJourneys,
  myCaseload,
  type RecordAssessmentInput,
  type RecordFinancialInput,
  type ReferPersonInput,
  assessCarer,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  resumeBudget,
  type StartReviewInput,
  type SuspendInput,
  setIndicativeBudget,
  startAssessment,
  startReview,
  submitPlan,
  suspendBudget,
  Decision,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

const encodeJourney = Schema.encodeSync(Journey)
const encodeDecision = Schema.encodeSync(Decision)
const journeyResult = Effect.map((journey: Journey) => encodeJourney(journey))

/** Every step of the journey; each procedure runs the core use case of the same name. */
export const journeyRouter = router({
  refer: useCaseProcedure("referPerson")
    .input(typedInput<ReferPersonInput>())
    .mutation(({ ctx, input }) => ctx.run(referPerson(input).pipe(journeyResult))),
  decline: useCaseProcedure("declineBudget")
    .input(typedInput<DeclineInput>())
    .mutation(({ ctx, input }) => ctx.run(declineBudget(input).pipe(journeyResult))),
  assign: useCaseProcedure("assignJourney")
    .input(typedInput<AssignInput>())
    .mutation(({ ctx, input }) => ctx.run(assignJourney(input).pipe(journeyResult))),
  startAssessment: useCaseProcedure("startAssessment")
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(startAssessment(input).pipe(journeyResult))),
  recordAssessment: useCaseProcedure("recordAssessment")
    .input(typedInput<RecordAssessmentInput>())
    .mutation(({ ctx, input }) => ctx.run(recordAssessment(input).pipe(journeyResult))),
  recordFinancialAssessment: useCaseProcedure("recordFinancialAssessment")
    .input(typedInput<RecordFinancialInput>())
    .mutation(({ ctx, input }) => ctx.run(recordFinancialAssessment(input).pipe(journeyResult))),
  assessCarer: useCaseProcedure("assessCarer")
    .input(typedInput<CarerAssessmentInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(assessCarer(input).pipe(Effect.map((d) => encodeDecision(d)))),
    ),
  decideEligibility: useCaseProcedure("decideEligibility")
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(decideEligibility(input).pipe(journeyResult))),
  setIndicativeBudget: useCaseProcedure("setIndicativeBudget")
    .input(typedInput<IndicativeBudgetRequest>())
    .mutation(({ ctx, input }) => ctx.run(setIndicativeBudget(input).pipe(journeyResult))),
  draftPlan: useCaseProcedure("draftPlan")
    .input(typedInput<DraftPlanInput>())
    .mutation(({ ctx, input }) => ctx.run(draftPlan(input).pipe(journeyResult))),
  submitPlan: useCaseProcedure("submitPlan")
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(submitPlan(input).pipe(journeyResult))),
  decidePlan: useCaseProcedure("decidePlan")
    .input(typedInput<DecidePlanInput>())
    .mutation(({ ctx, input }) => ctx.run(decidePlan(input).pipe(journeyResult))),
  suspend: useCaseProcedure("suspendBudget")
    .input(typedInput<SuspendInput>())
    .mutation(({ ctx, input }) => ctx.run(suspendBudget(input).pipe(journeyResult))),
  resume: useCaseProcedure("resumeBudget")
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(resumeBudget(input).pipe(journeyResult))),
  activateContingency: useCaseProcedure("activateContingency")
    .input(typedInput<ContingencyInput>())
    .mutation(({ ctx, input }) => ctx.run(activateContingency(input).pipe(journeyResult))),
  startReview: useCaseProcedure("startReview")
    .input(typedInput<StartReviewInput>())
    .mutation(({ ctx, input }) => ctx.run(startReview(input).pipe(journeyResult))),
  completeReview: useCaseProcedure("completeReview")
    .input(typedInput<CompleteReviewInput>())
    .mutation(({ ctx, input }) => ctx.run(completeReview(input).pipe(journeyResult))),
  end: useCaseProcedure("endJourney")
    .input(typedInput<EndInput>())
    .mutation(({ ctx, input }) => ctx.run(endJourney(input).pipe(journeyResult))),
  get: useCaseProcedure("getJourney")
    .input(typedInput<GetJourneyInput>())
    .query(({ ctx, input }) =>
      ctx.run(
        getJourney(input).pipe(
          Effect.map(({ journey, contingencyActive }) => ({
            journey: encodeJourney(journey),
            contingencyActive,
          })),
        ),
      ),
    ),
  ofPerson: useCaseProcedure("listJourneysOfPerson")
    .input(typedInput<JourneysOfPersonInput>())
    .query(({ ctx, input }) =>
      ctx.run(
        listJourneysOfPerson(input).pipe(Effect.map((js) => js.map((j) => encodeJourney(j)))),
      ),
    ),
  list: useCaseProcedure("listJourneys")
    .input(typedInput<ListJourneysInput | undefined>())
    .query(({ ctx, input }) =>
      ctx.run(
        listJourneys(input ?? {}).pipe(
          Effect.map((page) => ({ ...page, items: page.items.map((j) => encodeJourney(j)) })),
        ),
      ),
    ),
  caseload: useCaseProcedure("myCaseload").query(({ ctx }) =>
    ctx.run(
      myCaseload({}).pipe(
        Effect.map((rows) => rows.map((row) => ({ ...row, journey: encodeJourney(row.journey) }))),
      ),
    ),
  ),
})
