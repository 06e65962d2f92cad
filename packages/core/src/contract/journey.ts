import { Schema } from "effect"
import { JourneyInPlainWords } from "../journey/inPlainWords.ts"
import { JourneyInPlainWordsInput, journeyInPlainWords } from "../journey/usecases/plainWords.ts"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { Decision } from "../decisions/Decision.ts"
import { Journey } from "../journey/Journey.ts"
import {
  activateContingency,
  ContingencyInput,
  EndInput,
  endJourney,
  ResumeInput,
  resumeBudget,
  SuspendInput,
  suspendBudget,
} from "../journey/usecases/activeBudget.ts"
import {
  assessCarer,
  CarerAssessmentInput,
  DecideEligibilityInput,
  decideEligibility,
  JourneyRef,
  RecordAssessmentInput,
  RecordFinancialInput,
  recordAssessment,
  recordFinancialAssessment,
  startAssessment,
} from "../journey/usecases/assessment.ts"
import {
  DecidePlanInput,
  DraftPlanInput,
  decidePlan,
  draftPlan,
  IndicativeBudgetRequest,
  setIndicativeBudget,
  submitPlan,
} from "../journey/usecases/planning.ts"
import {
  GetJourneyInput,
  getJourney,
  JourneysOfPersonInput,
  ListJourneysInput,
  listJourneys,
  listJourneysOfPerson,
} from "../journey/usecases/queries.ts"
import {
  AssignInput,
  assignJourney,
  DeclineInput,
  declineBudget,
  ReferPersonInput,
  referPerson,
} from "../journey/usecases/referral.ts"
import {
  CompleteReviewInput,
  completeReview,
  StartReviewInput,
  startReview,
} from "../journey/usecases/reviews.ts"
import { CaseloadInput, myCaseload } from "../journey/usecases/caseload.ts"
import { CaseloadEntry } from "../journey/Caseload.ts"
import {
  RecordDirectPaymentArrangementsInput,
  recordDirectPaymentArrangements,
} from "../journey/usecases/directPayments.ts"
import {
  CompleteDirectPaymentEndingInput,
  completeDirectPaymentEnding,
  DirectPaymentNoticeInput,
  giveDirectPaymentNotice,
  recordUnderspendDiscussion,
  UnderspendDiscussionInput,
} from "../journey/usecases/directPaymentEnding.ts"
import { PageOf } from "./Page.ts"
import { defineUseCase } from "./UseCase.ts"

const step = <const Name extends string, const Path extends `journey.${string}`>(
  name: Name,
  path: Path,
  description: string,
) => ({ name, path, kind: "command" as const, description, output: Journey })

export const ReferPerson = defineUseCase({
  ...step(
    "referPerson",
    "journey.refer",
    "Opens a journey: the first conversation about a budget.",
  ),
  access: writeRule("journey.refer", "person"),
  input: ReferPersonInput,
  errors: ["PersonNotFound", "JourneyAlreadyOpen"],
  run: referPerson,
})

export const DeclineBudget = defineUseCase({
  ...step(
    "declineBudget",
    "journey.decline",
    "The person declines a budget or withdraws, at any stage before it is active; an indicative budget closes with it.",
  ),
  access: writeRule("journey.decline", "person"),
  input: DeclineInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: declineBudget,
})

export const AssignJourney = defineUseCase({
  ...step("assignJourney", "journey.assign", "Assigns the practitioner and adviser."),
  access: writeRule("journey.manage", "person"),
  input: AssignInput,
  errors: ["JourneyNotFound", "StaleVersion"],
  run: assignJourney,
})

export const StartAssessment = defineUseCase({
  ...step("startAssessment", "journey.startAssessment", "Starts the needs assessment."),
  access: writeRule("journey.assess", "person"),
  input: JourneyRef,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: startAssessment,
})

export const RecordAssessment = defineUseCase({
  ...step(
    "recordAssessment",
    "journey.recordAssessment",
    "Records the needs assessment over its period, with the person's own views.",
  ),
  access: writeRule("journey.assess", "person"),
  input: RecordAssessmentInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: recordAssessment,
})

export const RecordFinancialAssessment = defineUseCase({
  ...step(
    "recordFinancialAssessment",
    "journey.recordFinancialAssessment",
    "Records the financial assessment; the charging policy decides the weekly contribution.",
  ),
  access: writeRule("journey.assess", "person"),
  input: RecordFinancialInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: recordFinancialAssessment,
})

export const AssessCarer = defineUseCase({
  name: "assessCarer",
  path: "journey.assessCarer",
  kind: "command",
  description: "A carer's own assessment; returns the carer eligibility decision.",
  access: writeRule("journey.assess", "person"),
  input: CarerAssessmentInput,
  output: Decision,
  errors: ["JourneyNotFound"],
  run: assessCarer,
})

export const DecideEligibility = defineUseCase({
  ...step(
    "decideEligibility",
    "journey.decideEligibility",
    "The eligibility policy decides, with one reason per criterion.",
  ),
  access: writeRule("journey.decide", "person"),
  input: DecideEligibilityInput,
  errors: ["JourneyNotFound", "IllegalTransition", "MissingStep", "StaleVersion"],
  run: decideEligibility,
})

export const SetIndicativeBudget = defineUseCase({
  ...step(
    "setIndicativeBudget",
    "journey.setIndicativeBudget",
    "The resource allocation policy's first estimate, itemised; creates the indicative budget.",
  ),
  access: writeRule("journey.decide", "person"),
  input: IndicativeBudgetRequest,
  errors: ["JourneyNotFound", "IllegalTransition", "MissingStep", "StaleVersion"],
  run: setIndicativeBudget,
})

export const DraftPlan = defineUseCase({
  ...step("draftPlan", "journey.draftPlan", "Saves a new version of the support plan."),
  access: writeRule("journey.plan", "person"),
  input: DraftPlanInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: draftPlan,
})

export const SubmitPlan = defineUseCase({
  ...step(
    "submitPlan",
    "journey.submitPlan",
    "Submits the plan: spending rules check each line and the approval policy says who approves.",
  ),
  access: writeRule("journey.submit", "person"),
  input: JourneyRef,
  errors: [
    "JourneyNotFound",
    "IllegalTransition",
    "MissingStep",
    "SpendingNotAllowed",
    "DirectPaymentConditionsNotMet",
  ],
  run: submitPlan,
})

export const RecordDirectPaymentArrangements = defineUseCase({
  ...step(
    "recordDirectPaymentArrangements",
    "journey.recordDirectPaymentArrangements",
    "Records what direct payments rest on: the request, capacity (when and by whom assessed), a nominee or authorised person, exclusions, household payments and NHS safeguards. A loss of capacity while the budget is active opens a review.",
  ),
  access: writeRule("journey.plan", "person"),
  input: RecordDirectPaymentArrangementsInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: recordDirectPaymentArrangements,
})

export const GiveDirectPaymentNotice = defineUseCase({
  ...step(
    "giveDirectPaymentNotice",
    "journey.giveDirectPaymentNotice",
    "Gives notice that direct payments stop (the policy's notice, four weeks by default; the same day only for a reason the law allows, with why) and records the managed or third-party arrangement that keeps the support going. No money moves yet.",
  ),
  access: writeRule("journey.manage", "person"),
  input: DirectPaymentNoticeInput,
  errors: ["JourneyNotFound", "IllegalTransition", "MissingStep", "StaleVersion"],
  run: giveDirectPaymentNotice,
})

export const RecordUnderspendDiscussion = defineUseCase({
  ...step(
    "recordUnderspendDiscussion",
    "journey.recordUnderspendDiscussion",
    "Records the conversation about what is left in the direct-payment account, which the return of any money waits for.",
  ),
  access: writeRule("journey.manage", "person"),
  input: UnderspendDiscussionInput,
  errors: ["JourneyNotFound", "MissingStep", "StaleVersion"],
  run: recordUnderspendDiscussion,
})

export const CompleteDirectPaymentEnding = defineUseCase({
  ...step(
    "completeDirectPaymentEnding",
    "journey.completeDirectPaymentEnding",
    "Once the notice has run and the underspend has been talked through: returns what is left in the account to the funders and moves the direct-payment lines to the alternative, so the support carries on.",
  ),
  access: writeRule("journey.manage", "person"),
  input: CompleteDirectPaymentEndingInput,
  errors: [
    "JourneyNotFound",
    "MissingStep",
    "StaleVersion",
    "BudgetNotOpen",
    "IdempotencyConflict",
  ],
  run: completeDirectPaymentEnding,
})

export const DecidePlan = defineUseCase({
  ...step(
    "decidePlan",
    "journey.decidePlan",
    "Approves or refuses the submitted plan; approval states the budget as the law states it.",
  ),
  access: writeRule("journey.approve", "person"),
  input: DecidePlanInput,
  errors: [
    "JourneyNotFound",
    "IllegalTransition",
    "MissingStep",
    "StaleVersion",
    "DirectPaymentConditionsNotMet",
  ],
  run: decidePlan,
})

export const SuspendBudget = defineUseCase({
  ...step(
    "suspendBudget",
    "journey.suspend",
    "Suspends a running budget, with the reason, from today or a day recorded late (within the council's limit): what was allocated for periods since is taken back by new postings.",
  ),
  access: writeRule("journey.manage", "person"),
  input: SuspendInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion", "IdempotencyConflict"],
  run: suspendBudget,
})

export const ResumeBudget = defineUseCase({
  ...step(
    "resumeBudget",
    "journey.resume",
    "Resumes a suspended budget, from today or a day recorded late (within the council's limit), allocating the periods since.",
  ),
  access: writeRule("journey.manage", "person"),
  input: ResumeInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: resumeBudget,
})

export const ActivateContingency = defineUseCase({
  ...step(
    "activateContingency",
    "journey.activateContingency",
    "A time-limited uplift in a crisis, within the contingency policy; it ends by itself.",
  ),
  access: writeRule("journey.manage", "person"),
  input: ContingencyInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: activateContingency,
})

export const StartReview = defineUseCase({
  ...step("startReview", "journey.startReview", "Starts a scheduled, crisis or requested review."),
  access: {
    kind: "write",
    rules: [
      { action: "journey.review", subject: "person", when: "a scheduled or crisis review" },
      {
        action: "journey.request-review",
        subject: "person",
        when: "a review the person asks for (trigger person-request)",
      },
    ],
  },
  input: StartReviewInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: startReview,
})

export const CompleteReview = defineUseCase({
  ...step(
    "completeReview",
    "journey.completeReview",
    "Completes a review with progress on each outcome and what happens next.",
  ),
  access: writeRule("journey.review", "person"),
  input: CompleteReviewInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: completeReview,
})

export const EndJourney = defineUseCase({
  ...step("endJourney", "journey.end", "Ends the budget and the journey, with the reason."),
  access: writeRule("journey.manage", "person"),
  input: EndInput,
  errors: ["JourneyNotFound", "IllegalTransition", "StaleVersion"],
  run: endJourney,
})

export const JourneyWithStatus = Schema.Struct({
  journey: Journey,
  /** Whether a contingency uplift applies today; it ends by itself. */
  contingencyActive: Schema.Boolean,
}).annotate({ identifier: "JourneyWithStatus" })

export const GetJourney = defineUseCase({
  name: "getJourney",
  path: "journey.get",
  kind: "query",
  description: "A journey, with whether its contingency uplift applies today.",
  access: readRule("journey.read", "person"),
  input: GetJourneyInput,
  output: JourneyWithStatus,
  errors: ["JourneyNotFound"],
  graphql: { field: "journey" },
  run: getJourney,
})

export const GetJourneyInPlainWords = defineUseCase({
  name: "journeyInPlainWords",
  path: "journey.inPlainWords",
  kind: "query",
  description:
    "A journey as its person reads it, in the council's words: where they are, what happens next, the next review, and the decisions they can still challenge, by when.",
  access: readRule("journey.read", "person"),
  input: JourneyInPlainWordsInput,
  output: JourneyInPlainWords,
  errors: ["JourneyNotFound"],
  graphql: { field: "journeyInPlainWords" },
  run: journeyInPlainWords,
})

export const ListJourneysOfPerson = defineUseCase({
  name: "listJourneysOfPerson",
  path: "journey.ofPerson",
  kind: "query",
  description: "A person's journeys, oldest first.",
  access: readRule("journey.read", "person"),
  input: JourneysOfPersonInput,
  output: Schema.Array(Journey),
  errors: [],
  graphql: { field: "journeysOfPerson" },
  run: listJourneysOfPerson,
})

export const ListJourneys = defineUseCase({
  name: "listJourneys",
  path: "journey.list",
  kind: "query",
  description: "The council's journeys, oldest first, a page at a time.",
  access: readRule("journey.list", "council"),
  input: ListJourneysInput,
  output: PageOf(Journey, "JourneyPage"),
  errors: [],
  graphql: { field: "journeys", connection: true },
  run: listJourneys,
})

export const MyCaseload = defineUseCase({
  name: "myCaseload",
  path: "journey.caseload",
  kind: "query",
  description:
    "The signed-in practitioner's or adviser's open journeys, earliest review due first, a page at a time: the person, the stage, the next review and whether it is overdue.",
  access: readRule("caseload.read", "council"),
  input: CaseloadInput,
  output: PageOf(CaseloadEntry, "CaseloadPage"),
  errors: [],
  graphql: { field: "myCaseload", connection: true },
  run: myCaseload,
})
