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
import { procedure, router, typedInput } from "../trpc.ts"

const encodeJourney = Schema.encodeSync(Journey)
const encodeDecision = Schema.encodeSync(Decision)
const journeyResult = Effect.map((journey: Journey) => encodeJourney(journey))

/** Every step of the journey; each procedure runs the core use case of the same name. */
export const journeyRouter = router({
  refer: procedure
    .input(typedInput<ReferPersonInput>())
    .mutation(({ ctx, input }) => ctx.run(referPerson(input).pipe(journeyResult))),
  decline: procedure
    .input(typedInput<DeclineInput>())
    .mutation(({ ctx, input }) => ctx.run(declineBudget(input).pipe(journeyResult))),
  assign: procedure
    .input(typedInput<AssignInput>())
    .mutation(({ ctx, input }) => ctx.run(assignJourney(input).pipe(journeyResult))),
  startAssessment: procedure
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(startAssessment(input).pipe(journeyResult))),
  recordAssessment: procedure
    .input(typedInput<RecordAssessmentInput>())
    .mutation(({ ctx, input }) => ctx.run(recordAssessment(input).pipe(journeyResult))),
  recordFinancialAssessment: procedure
    .input(typedInput<RecordFinancialInput>())
    .mutation(({ ctx, input }) => ctx.run(recordFinancialAssessment(input).pipe(journeyResult))),
  assessCarer: procedure
    .input(typedInput<CarerAssessmentInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(assessCarer(input).pipe(Effect.map((d) => encodeDecision(d)))),
    ),
  decideEligibility: procedure
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(decideEligibility(input).pipe(journeyResult))),
  setIndicativeBudget: procedure
    .input(typedInput<IndicativeBudgetRequest>())
    .mutation(({ ctx, input }) => ctx.run(setIndicativeBudget(input).pipe(journeyResult))),
  draftPlan: procedure
    .input(typedInput<DraftPlanInput>())
    .mutation(({ ctx, input }) => ctx.run(draftPlan(input).pipe(journeyResult))),
  submitPlan: procedure
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(submitPlan(input).pipe(journeyResult))),
  decidePlan: procedure
    .input(typedInput<DecidePlanInput>())
    .mutation(({ ctx, input }) => ctx.run(decidePlan(input).pipe(journeyResult))),
  suspend: procedure
    .input(typedInput<SuspendInput>())
    .mutation(({ ctx, input }) => ctx.run(suspendBudget(input).pipe(journeyResult))),
  resume: procedure
    .input(typedInput<JourneyRef>())
    .mutation(({ ctx, input }) => ctx.run(resumeBudget(input).pipe(journeyResult))),
  activateContingency: procedure
    .input(typedInput<ContingencyInput>())
    .mutation(({ ctx, input }) => ctx.run(activateContingency(input).pipe(journeyResult))),
  startReview: procedure
    .input(typedInput<StartReviewInput>())
    .mutation(({ ctx, input }) => ctx.run(startReview(input).pipe(journeyResult))),
  completeReview: procedure
    .input(typedInput<CompleteReviewInput>())
    .mutation(({ ctx, input }) => ctx.run(completeReview(input).pipe(journeyResult))),
  end: procedure
    .input(typedInput<EndInput>())
    .mutation(({ ctx, input }) => ctx.run(endJourney(input).pipe(journeyResult))),
  get: procedure.input(typedInput<GetJourneyInput>()).query(({ ctx, input }) =>
    ctx.run(
      getJourney(input).pipe(
        Effect.map(({ journey, contingencyActive }) => ({
          journey: encodeJourney(journey),
          contingencyActive,
        })),
      ),
    ),
  ),
  ofPerson: procedure
    .input(typedInput<JourneysOfPersonInput>())
    .query(({ ctx, input }) =>
      ctx.run(
        listJourneysOfPerson(input).pipe(Effect.map((js) => js.map((j) => encodeJourney(j)))),
      ),
    ),
  list: procedure
    .input(typedInput<ListJourneysInput | undefined>())
    .query(({ ctx, input }) =>
      ctx.run(
        listJourneys(input ?? {}).pipe(
          Effect.map((page) => ({ ...page, items: page.items.map((j) => encodeJourney(j)) })),
        ),
      ),
    ),
  caseload: procedure.query(({ ctx }) =>
    ctx.run(
      myCaseload({}).pipe(
        Effect.map((rows) => rows.map((row) => ({ ...row, journey: encodeJourney(row.journey) }))),
      ),
    ),
  ),
})
