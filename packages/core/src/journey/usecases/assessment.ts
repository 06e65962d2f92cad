import { Effect, Schema } from "effect"
import { ageOn, todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import { Prose } from "../../model/Text.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { ChargingPolicy } from "../../policies/ChargingPolicy.ts"
import { EligibilityPolicy, HealthEligibilityPolicy } from "../../policies/EligibilityPolicy.ts"
import { AdultAssessment, CarerAssessment, FinancialAssessment } from "../Assessment.ts"
import { IllegalTransition, MissingStep } from "../JourneyErrors.ts"
import { noSection117Reason, section117Grounds } from "../section117.ts"
import { informationAndAdviceReason } from "../informationAndAdvice.ts"
import { isCarersJourney, isRevisingRunningBudget, type Journey, JourneyId } from "../Journey.ts"
import { closeJourney } from "./activeBudget.ts"
import { checkIn, checkMove, loadJourney, recordDecision, saveJourney } from "../steps.ts"

export const JourneyRef = Schema.Struct({ journeyId: JourneyId })
export type JourneyRef = typeof JourneyRef.Encoded

/** The person wants to go ahead: the assessment period begins. */
export const startAssessment = Effect.fn("startAssessment")(function* (raw: unknown) {
  const input = yield* decodeInput(JourneyRef)(raw)
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.assess")
      yield* checkMove(journey, "assessing", "startAssessment")
      return yield* saveJourney(journey, { stage: "assessing" }, { type: "AssessmentStarted" })
    }),
  )
})

export const RecordAssessmentInput = Schema.Struct({
  journeyId: JourneyId,
  assessment: AdultAssessment,
})
export type RecordAssessmentInput = typeof RecordAssessmentInput.Encoded

/** Records (or replaces, while assessing) the needs found over the assessment period. */
export const recordAssessment = Effect.fn("recordAssessment")(function* (raw: unknown) {
  const input = yield* decodeInput(RecordAssessmentInput)(raw)
  const eligibility = yield* EligibilityPolicy
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.assess")
      yield* adultsOnly(journey, "recordAssessment")
      yield* checkIn(journey, ["assessing"], "recordAssessment")
      const period = yield* eligibility.assessmentPeriod(input.assessment)
      if (!period.sufficient)
        return yield* invalidAt(
          ["assessment", "period"],
          period.reasons.map((r) => r.text).join(" "),
        )
      return yield* saveJourney(
        journey,
        { assessment: input.assessment },
        { type: "AssessmentRecorded", payload: { period: input.assessment.period } },
      )
    }),
  )
})

export const RecordFinancialInput = Schema.Struct({
  journeyId: JourneyId,
  financial: FinancialAssessment,
})
export type RecordFinancialInput = typeof RecordFinancialInput.Encoded

/** The financial assessment: the charging policy decides the person's weekly contribution. */
export const recordFinancialAssessment = Effect.fn("recordFinancialAssessment")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(RecordFinancialInput)(raw)
  const charging = yield* ChargingPolicy
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.assess")
      yield* checkIn(
        journey,
        ["assessing", "eligibility-decided", "indicative-budget", "planning", "under-review"],
        "recordFinancialAssessment",
      )
      // Charging trusts "receives s117 aftercare" only when the assessment records a detention
      // that gives rise to it; a section 2 detention alone does not.
      const detentions = journey.assessment?.detentions ?? []
      if (input.financial.receivesSection117Aftercare && section117Grounds(detentions).length === 0)
        return yield* invalidAt(
          ["financial", "receivesSection117Aftercare"],
          noSection117Reason(detentions),
        )
      const financial = yield* datedFinancialAssessment(input.financial)
      const assessed = yield* charging.contribution(financial)
      // A carer's support follows the council's rule for carers: by default not charged.
      const contribution =
        isCarersJourney(journey) && charging.chargesCarers !== true
          ? {
              weeklyContributionPence: 0,
              policy: assessed.policy,
              reasons: [
                {
                  criterion: "charging/carer",
                  met: null,
                  text: "Support to a carer is not charged for under this council's policy (Care Act s14(3) lets a council choose; this council does not charge carers).",
                },
              ] as const,
            }
          : assessed
      const decision = yield* recordDecision({
        journey,
        kind: "financial-assessment",
        outcome: contribution.weeklyContributionPence === 0 ? "no-contribution" : "contribution",
        reasons: contribution.reasons,
        policy: contribution.policy,
        inputs: { financial },
        amounts: { weeklyContributionPence: contribution.weeklyContributionPence },
      })
      return yield* saveJourney(
        journey,
        {
          financial: {
            assessment: financial,
            weeklyContributionPence: contribution.weeklyContributionPence,
            decisionId: decision.id,
          },
        },
        { type: "FinancialAssessmentRecorded", payload: { decisionId: decision.id } },
      )
    }),
  )
})

/** What a not-eligible decision gives in writing (Care Act s13(5)), when it is not eligible. */
const InformationAndAdvice = Prose.annotate({
  description:
    "The written information and advice given if the needs are not eligible: what can be done to meet or reduce them, and to prevent or delay needs in future (Care Act s13(5)).",
})

export const DecideEligibilityInput = Schema.Struct({
  journeyId: JourneyId,
  informationAndAdvice: Schema.optionalKey(InformationAndAdvice),
})
export type DecideEligibilityInput = typeof DecideEligibilityInput.Encoded

/** The eligibility decision, made by the deployment's policies over the recorded assessment. */
export const decideEligibility = Effect.fn("decideEligibility")(function* (raw: unknown) {
  const input = yield* decodeInput(DecideEligibilityInput)(raw)
  const eligibility = yield* EligibilityPolicy
  const health = yield* HealthEligibilityPolicy
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.decide")
      yield* adultsOnly(journey, "decideEligibility")
      yield* checkIn(journey, ["assessing"], "decideEligibility")
      const assessment = journey.assessment
      if (assessment === null)
        return yield* new MissingStep({ journeyId: journey.id, missing: "a recorded assessment" })
      const social = yield* eligibility.adult(assessment)
      const nhs = yield* health.assess(assessment)
      const eligible = social.eligible || nhs.rightToHave
      const decision = yield* recordDecision({
        journey,
        // The NHS route opens with the right to a health budget this decision finds.
        healthFunded: nhs.rightToHave,
        kind: "eligibility",
        outcome: eligible ? "eligible" : "not-eligible",
        reasons: [
          ...social.reasons,
          ...nhs.reasons,
          ...(eligible ? [] : [informationAndAdviceReason(input.informationAndAdvice)]),
        ],
        policy: social.policy,
        inputs: {
          ...(input.informationAndAdvice === undefined
            ? {}
            : { informationAndAdvice: input.informationAndAdvice }),
          assessment,
          socialCare: { eligible: social.eligible, policy: social.policy },
          health: { rightToHave: nhs.rightToHave, grounds: nhs.grounds, policy: nhs.policy },
        },
      })
      // A reassessment that finds the needs no longer eligible ends the budget it was running
      // (reconciled, with its own ending decision to challenge), rather than leaving it orphaned.
      const advice =
        !eligible && input.informationAndAdvice !== undefined
          ? { informationAndAdvice: input.informationAndAdvice }
          : {}
      if (!eligible && isRevisingRunningBudget(journey)) {
        const decided = yield* saveJourney(
          journey,
          { eligibilityDecisionId: decision.id, healthEligible: nhs.rightToHave, ...advice },
          { type: "EligibilityDecided", payload: { decisionId: decision.id, eligible } },
        )
        return yield* closeJourney(decided, "no-longer-eligible", "")
      }
      return yield* saveJourney(
        journey,
        {
          stage: eligible ? "eligibility-decided" : "not-eligible",
          eligibilityDecisionId: decision.id,
          healthEligible: nhs.rightToHave,
          ...advice,
        },
        { type: "EligibilityDecided", payload: { decisionId: decision.id, eligible } },
      )
    }),
  )
})

/** An adult's assessment steps; a carer's needs are assessed and decided by `assessCarer`. */
const adultsOnly = (journey: Journey, command: string) =>
  isCarersJourney(journey)
    ? Effect.fail(
        new IllegalTransition({
          journeyId: journey.id,
          current: `${journey.stage} on a carer's journey (use assessCarer)`,
          attempted: journey.stage,
          command,
        }),
      )
    : Effect.void

export const CarerAssessmentInput = Schema.Struct({
  journeyId: JourneyId,
  assessment: CarerAssessment,
  informationAndAdvice: Schema.optionalKey(InformationAndAdvice),
})
export type CarerAssessmentInput = typeof CarerAssessmentInput.Encoded

/**
 * A carer's own assessment and eligibility decision, on the carer's own journey (Care Act s10;
 * Eligibility Regs reg 3): the decision is the carer's to read and challenge, and it stands
 * whatever is decided for the person they care for (a carer may be eligible either way).
 */
export const assessCarer = Effect.fn("assessCarer")(function* (raw: unknown) {
  const input = yield* decodeInput(CarerAssessmentInput)(raw)
  const eligibility = yield* EligibilityPolicy
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.assess")
      if (!isCarersJourney(journey))
        return yield* new MissingStep({
          journeyId: journey.id,
          missing: "a carer's own journey (refer the carer, naming who they care for in caresFor)",
        })
      yield* checkIn(journey, ["assessing"], "assessCarer")
      const outcome = yield* eligibility.carer(input.assessment)
      const decision = yield* recordDecision({
        journey,
        kind: "carer-eligibility",
        outcome: outcome.eligible ? "eligible" : "not-eligible",
        reasons: outcome.eligible
          ? outcome.reasons
          : [...outcome.reasons, informationAndAdviceReason(input.informationAndAdvice)],
        policy: outcome.policy,
        inputs: {
          assessment: input.assessment,
          caresFor: journey.caresFor ?? null,
          ...(input.informationAndAdvice === undefined
            ? {}
            : { informationAndAdvice: input.informationAndAdvice }),
        },
      })
      yield* saveJourney(
        journey,
        {
          stage: outcome.eligible ? "eligibility-decided" : "not-eligible",
          carerAssessment: input.assessment,
          eligibilityDecisionId: decision.id,
          ...(!outcome.eligible && input.informationAndAdvice !== undefined
            ? { informationAndAdvice: input.informationAndAdvice }
            : {}),
        },
        {
          type: "CarerEligibilityDecided",
          payload: { decisionId: decision.id, eligible: outcome.eligible },
        },
      )
      return decision
    }),
  )
})

/**
 * The assessment as the charging policy sees it: dated (today unless it says otherwise), so
 * replay picks the same year's figures, and with a date of birth that agrees with the age.
 */
const datedFinancialAssessment = Effect.fn("datedFinancialAssessment")(function* (
  financial: FinancialAssessment,
) {
  const assessedOn = financial.assessedOn ?? (yield* todayInLondon)
  if (
    financial.dateOfBirth !== undefined &&
    ageOn(financial.dateOfBirth, assessedOn) !== financial.ageYears
  )
    return yield* invalidAt(
      ["financial", "ageYears"],
      `A person born on ${financial.dateOfBirth} is ${ageOn(financial.dateOfBirth, assessedOn)} on ${assessedOn}, not ${financial.ageYears}.`,
    )
  return { ...financial, assessedOn }
})
