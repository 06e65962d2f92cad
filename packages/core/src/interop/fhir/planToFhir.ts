import { approvedLinesOf } from "../../journey/approvedLines.ts"
import type { Journey, PlanVersion } from "../../journey/Journey.ts"
import type { Frequency, PlanLine, PlanOutcome } from "../../journey/SupportPlan.ts"
import { annualLineCostPence } from "../../journey/SupportPlan.ts"
import { budgetMechanismOf } from "../../model/Budget.ts"
import type { Person } from "../../model/Person.ts"
import { sha256Hex } from "../../reporting/sha256.ts"
import type {
  CarePlanActivityStatus,
  CarePlanStatus,
  FhirBundle,
  FhirCarePlan,
  FhirCodeableConcept,
  FhirExtension,
  FhirGoal,
  FhirMoney,
  FhirPatient,
  FhirPersonPlans,
  FhirReference,
  FhirSubExtension,
  GoalLifecycleStatus,
} from "./FhirResources.ts"

/**
 * Where OpenPB's own FHIR definitions (extensions, code systems) are named. A placeholder until
 * the project publishes them: `.example` is reserved, so the URLs can never point at someone
 * else's definitions.
 */
export const OPENPB_FHIR_BASE = "https://openpb.example/fhir"
export const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
export const PERSONAL_BUDGET_EXTENSION = `${OPENPB_FHIR_BASE}/StructureDefinition/personal-budget`
export const PLAN_LINE_EXTENSION = `${OPENPB_FHIR_BASE}/StructureDefinition/plan-line`
export const OUTCOME_DOMAIN_SYSTEM = `${OPENPB_FHIR_BASE}/CodeSystem/outcome-domain`
export const SPENDING_CATEGORY_SYSTEM = `${OPENPB_FHIR_BASE}/CodeSystem/spending-category`
export const GOAL_ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement"

/** A journey with a plan, and the London date its plan in force was approved (null: not yet). */
export interface PlannedJourney {
  readonly journey: Journey
  readonly approvedOn: string | null
}

export const fhirMoney = (pence: number): FhirMoney => ({ value: pence / 100, currency: "GBP" })

/** `mental-health-and-wellbeing` -> `Mental health and wellbeing`. */
const displayOf = (code: string) => {
  const words = code.replaceAll("-", " ")
  return words[0]!.toUpperCase() + words.slice(1)
}

const coded = (system: string, code: string): FhirCodeableConcept => ({
  coding: [{ system, code, display: displayOf(code) }],
  text: displayOf(code),
})

const utf8 = new TextEncoder()

/** A Goal's id: stable for the journey and outcome, and a valid FHIR id whatever the outcome's id. */
export const goalIdOf = (journeyId: string, outcomeId: string): string =>
  sha256Hex(utf8.encode(`${journeyId}/${outcomeId}`)).slice(0, 32)

const patientRef = (person: Person): FhirReference => ({
  reference: `Patient/${person.id}`,
  display: `${person.givenName} ${person.familyName}`,
})

export const fhirPatient = (person: Person): FhirPatient => ({
  resourceType: "Patient",
  id: person.id,
  ...(person.nhsNumber === null
    ? {}
    : { identifier: [{ system: NHS_NUMBER_SYSTEM, value: person.nhsNumber }] }),
  name: [{ use: "official", family: person.familyName, given: [person.givenName] }],
  ...(person.dateOfBirth === null ? {} : { birthDate: person.dateOfBirth }),
  ...(person.preferredLanguage === null
    ? {}
    : { communication: [{ language: { text: person.preferredLanguage }, preferred: true }] }),
})

/** The plan a CarePlan shows: the approved version in force, or else the latest draft. */
export const planShown = (journey: Journey): PlanVersion | undefined => {
  const approved = journey.approved
  if (approved === null) return journey.plans.at(-1)
  return journey.plans.find((p) => p.version === approved.planVersion) ?? journey.plans.at(-1)
}

export const carePlanStatusOf = (journey: Journey): CarePlanStatus => {
  if (journey.approved === null) return journey.ending === null ? "draft" : "revoked"
  if (journey.ending !== null) return "completed"
  return journey.suspension === null ? "active" : "on-hold"
}

const goalStatus: Record<CarePlanStatus, GoalLifecycleStatus> = {
  draft: "proposed",
  active: "active",
  "on-hold": "on-hold",
  completed: "completed",
  revoked: "cancelled",
}

const lineStatus: Record<CarePlanStatus, CarePlanActivityStatus> = {
  draft: "not-started",
  active: "in-progress",
  "on-hold": "on-hold",
  completed: "completed",
  revoked: "cancelled",
}

/**
 * Goal attainment scaling (-2 to +2, 0 the outcome expected) in FHIR's goal-achievement codes:
 * the expected level or better is achieved, a step short is in progress, the baseline is none.
 */
export const achievementOf = (attainment: number): "achieved" | "in-progress" | "no-progress" =>
  attainment >= 0 ? "achieved" : attainment === -1 ? "in-progress" : "no-progress"

const latestAttainment = (journey: Journey, outcomeId: string): number | undefined => {
  const completed = journey.reviews
    .filter((r) => r.status === "completed" && r.completedOn !== null)
    .sort((a, b) =>
      a.completedOn! < b.completedOn! ? -1 : a.completedOn! > b.completedOn! ? 1 : 0,
    )
  for (const review of completed.reverse()) {
    const progress = review.progress.find((p) => p.outcomeId === outcomeId)
    if (progress !== undefined) return progress.attainment
  }
  return undefined
}

const timingOf: Record<Frequency, FhirCarePlan["activity"][number]["detail"]["scheduledTiming"]> = {
  weekly: { repeat: { period: 1, periodUnit: "wk" } },
  "four-weekly": { repeat: { period: 4, periodUnit: "wk" } },
  monthly: { repeat: { period: 1, periodUnit: "mo" } },
  "one-off": { repeat: { count: 1 } },
}

const unitOf: Record<Frequency, string> = {
  weekly: "units a week",
  "four-weekly": "units every four weeks",
  monthly: "units a month",
  "one-off": "units, once",
}

const part = (url: string, value: Omit<FhirSubExtension, "url">): FhirSubExtension => ({
  url,
  ...value,
})

const lineExtension = (line: PlanLine): FhirExtension => ({
  url: PLAN_LINE_EXTENSION,
  extension: [
    part("unitCost", { valueMoney: fhirMoney(line.unitCostPence) }),
    part("annualCost", { valueMoney: fhirMoney(annualLineCostPence(line)) }),
    part("fundingStream", { valueCode: line.fundingStream }),
    part("deliveryMechanism", { valueCode: line.deliveryMechanism }),
    ...(line.personTopUpPence === undefined
      ? []
      : [part("personTopUp", { valueMoney: fhirMoney(line.personTopUpPence) })]),
    ...(line.section117Aftercare === undefined
      ? []
      : [part("section117Aftercare", { valueBoolean: line.section117Aftercare })]),
  ],
})

const budgetExtension = (journey: Journey, plan: PlanVersion): FhirExtension => {
  const approved = journey.approved
  const mechanism = budgetMechanismOf(approvedLinesOf(journey))
  return {
    url: PERSONAL_BUDGET_EXTENSION,
    extension: [
      part("planAnnualCost", { valueMoney: fhirMoney(plan.annualCostPence) }),
      ...(approved === null
        ? []
        : [
            part("costOfMeetingNeeds", { valueMoney: fhirMoney(approved.costOfMeetingNeedsPence) }),
            part("councilShare", { valueMoney: fhirMoney(approved.councilSharePence) }),
            part("nhsShare", { valueMoney: fhirMoney(approved.nhsSharePence) }),
            part("personContribution", {
              valueMoney: fhirMoney(approved.personContributionPence),
            }),
          ]),
      ...(mechanism === undefined ? [] : [part("deliveryMechanism", { valueCode: mechanism })]),
      ...(journey.budgetId === null ? [] : [part("budgetId", { valueString: journey.budgetId })]),
    ],
  }
}

const goalOf = (
  person: Person,
  journey: Journey,
  outcome: PlanOutcome,
  status: CarePlanStatus,
  startDate: string | undefined,
): FhirGoal => {
  const attainment = latestAttainment(journey, outcome.id)
  const achievement = attainment === undefined ? undefined : achievementOf(attainment)
  return {
    resourceType: "Goal",
    id: goalIdOf(journey.id, outcome.id),
    lifecycleStatus: goalStatus[status],
    ...(achievement === undefined
      ? {}
      : { achievementStatus: coded(GOAL_ACHIEVEMENT_SYSTEM, achievement) }),
    category: [coded(OUTCOME_DOMAIN_SYSTEM, outcome.domain)],
    description: { text: outcome.inOwnWords },
    subject: patientRef(person),
    ...(startDate === undefined ? {} : { startDate }),
    target: [{ measure: { text: outcome.howProgressWillBeSeen } }],
    // The outcome is the person's, in their own words.
    expressedBy: patientRef(person),
  }
}

const carePlanOf = (
  person: Person,
  { journey, approvedOn }: PlannedJourney,
  plan: PlanVersion,
): { readonly carePlan: FhirCarePlan; readonly goals: ReadonlyArray<FhirGoal> } => {
  const status = carePlanStatusOf(journey)
  const start = journey.approved?.effectiveFrom ?? approvedOn ?? undefined
  const end = journey.ending?.on
  const inForce = new Set(approvedLinesOf(journey).map((line) => line.id))
  const content = plan.content
  const goals = content.outcomes.map((o) => goalOf(person, journey, o, status, start))
  const goalRef = new Map(content.outcomes.map((o, i) => [o.id, `Goal/${goals[i]!.id}`]))
  const carePlan: FhirCarePlan = {
    resourceType: "CarePlan",
    id: journey.id,
    meta: { versionId: String(plan.version) },
    extension: [budgetExtension(journey, plan)],
    status,
    intent: "plan",
    category: [{ text: "Personal budget support plan" }],
    title: journey.caresFor === undefined ? "Support plan" : "Carer's support plan",
    subject: patientRef(person),
    ...(start === undefined && end === undefined
      ? {}
      : { period: { ...(start === undefined ? {} : { start }), ...(end ? { end } : {}) } }),
    created: plan.createdAt,
    contributor: content.participants.map((p) => ({ display: `${p.name} (${p.role})` })),
    goal: goals.map((g) => ({ reference: `Goal/${g.id}` })),
    activity: content.lines.map((line) => {
      const goalRefs = line.outcomeIds.flatMap((id) => {
        const reference = goalRef.get(id)
        return reference === undefined ? [] : [{ reference }]
      })
      // A line the approver refused is not part of the budget.
      const refused = journey.approved !== null && !inForce.has(line.id)
      return {
        detail: {
          extension: [lineExtension(line)],
          code: coded(SPENDING_CATEGORY_SYSTEM, line.category),
          status: refused ? "cancelled" : lineStatus[status],
          ...(goalRefs.length === 0 ? {} : { goal: goalRefs }),
          ...(line.provider === null || line.provider === ""
            ? {}
            : { performer: [{ display: line.provider }] }),
          scheduledTiming: timingOf[line.frequency],
          quantity: { value: line.unitsPerPeriod, unit: unitOf[line.frequency] },
          description: line.description,
        },
      }
    }),
  }
  return { carePlan, goals }
}

/**
 * A person's support plans as FHIR R4: the Patient, one CarePlan per journey with a plan (the
 * version in force, or the latest draft before an approval), and a Goal per outcome. Pure: the
 * use case and the NDJSON exporter both call it, so both write the same resources.
 */
export const fhirPersonPlans = (
  person: Person,
  journeys: ReadonlyArray<PlannedJourney>,
): FhirPersonPlans => {
  const plans = journeys.flatMap((planned) => {
    const plan = planShown(planned.journey)
    return plan === undefined ? [] : [carePlanOf(person, planned, plan)]
  })
  return {
    patient: fhirPatient(person),
    carePlans: plans.map((p) => p.carePlan),
    goals: plans.flatMap((p) => p.goals),
  }
}

/** One person's resources as a `collection` Bundle: a line of the NDJSON export. */
export const fhirBundleOf = (plans: FhirPersonPlans, timestamp: string): FhirBundle => ({
  resourceType: "Bundle",
  id: plans.patient.id,
  type: "collection",
  timestamp,
  // No fullUrl: R4 wants it absolute, and OpenPB serves no FHIR endpoint to name. References
  // are relative (`Patient/<id>`) and each resolves to an entry of the same Bundle.
  entry: [plans.patient, ...plans.carePlans, ...plans.goals].map((resource) => ({ resource })),
})
