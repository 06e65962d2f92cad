import { Schema } from "effect"
import { CalendarDate } from "../../model/CalendarDay.ts"
import { IsoInstant } from "../../model/Time.ts"

/**
 * The part of FHIR R4 that OpenPB writes, as effect Schemas: Patient, CarePlan and Goal with
 * the datatypes they use, no more. Typed end to end, so both APIs carry a typed object (GraphQL
 * derives its types from these) and the NDJSON export writes the same JSON. Element names are
 * FHIR's own; every optional element is an `optionalKey`, because FHIR forbids empty or null
 * elements. Type names start with `Fhir` so they never collide with OpenPB's own.
 */

/** A FHIR `id`: 1-64 letters, digits, `-` and `.`. */
export const FhirId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9\-.]{1,64}$/, { message: "must be a FHIR id" }),
)

export const FhirCoding = Schema.Struct({
  system: Schema.String,
  code: Schema.String,
  display: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "FhirCoding" })
export type FhirCoding = typeof FhirCoding.Type

export const FhirCodeableConcept = Schema.Struct({
  coding: Schema.optionalKey(Schema.Array(FhirCoding)),
  text: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "FhirCodeableConcept" })
export type FhirCodeableConcept = typeof FhirCodeableConcept.Type

/** A reference to another resource (`Patient/<id>`), or only a name (`display`) when it has none. */
export const FhirReference = Schema.Struct({
  reference: Schema.optionalKey(Schema.String),
  display: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "FhirReference" })
export type FhirReference = typeof FhirReference.Type

export const FhirIdentifier = Schema.Struct({
  system: Schema.String,
  value: Schema.String,
}).annotate({ identifier: "FhirIdentifier" })

export const FhirPeriod = Schema.Struct({
  start: Schema.optionalKey(CalendarDate),
  end: Schema.optionalKey(CalendarDate),
}).annotate({ identifier: "FhirPeriod" })

/**
 * FHIR Money: a decimal amount in pounds. OpenPB holds integer pence; the one conversion is
 * `fhirMoney` (pence / 100 is exact as a decimal: a double prints it with at most two places).
 */
export const FhirMoney = Schema.Struct({
  value: Schema.Number,
  currency: Schema.Literal("GBP"),
}).annotate({ identifier: "FhirMoney" })
export type FhirMoney = typeof FhirMoney.Type

export const FhirQuantity = Schema.Struct({
  value: Schema.Int,
  unit: Schema.String,
}).annotate({ identifier: "FhirQuantity" })

export const FhirTimingRepeat = Schema.Struct({
  /** How many times (a one-off line: once). */
  count: Schema.optionalKey(Schema.Int),
  period: Schema.optionalKey(Schema.Int),
  periodUnit: Schema.optionalKey(Schema.Literals(["wk", "mo"])),
}).annotate({ identifier: "FhirTimingRepeat" })

export const FhirTiming = Schema.Struct({ repeat: FhirTimingRepeat }).annotate({
  identifier: "FhirTiming",
})

const extensionValues = {
  valueMoney: Schema.optionalKey(FhirMoney),
  valueCode: Schema.optionalKey(Schema.String),
  valueString: Schema.optionalKey(Schema.String),
  valueBoolean: Schema.optionalKey(Schema.Boolean),
}

/** A part of a complex extension: a name (`url`) and one value. */
export const FhirSubExtension = Schema.Struct({
  url: Schema.String,
  ...extensionValues,
}).annotate({ identifier: "FhirSubExtension" })
export type FhirSubExtension = typeof FhirSubExtension.Type

/**
 * An extension: either one value or parts (FHIR's ext-1 forbids both). Two levels, not a
 * recursive type, as no extension here nests deeper and GraphQL needs a finite type.
 */
export const FhirExtension = Schema.Struct({
  url: Schema.String,
  ...extensionValues,
  extension: Schema.optionalKey(Schema.Array(FhirSubExtension)),
}).annotate({ identifier: "FhirExtension" })
export type FhirExtension = typeof FhirExtension.Type

export const FhirHumanName = Schema.Struct({
  use: Schema.Literal("official"),
  family: Schema.String,
  given: Schema.Array(Schema.String),
}).annotate({ identifier: "FhirHumanName" })

export const FhirPatientCommunication = Schema.Struct({
  language: FhirCodeableConcept,
  preferred: Schema.Boolean,
}).annotate({ identifier: "FhirPatientCommunication" })

export const FhirPatient = Schema.Struct({
  resourceType: Schema.Literal("Patient"),
  id: FhirId,
  /** The NHS number when the person has one (UK Core's `identifier:nhsNumber`). */
  identifier: Schema.optionalKey(Schema.Array(FhirIdentifier)),
  name: Schema.Array(FhirHumanName),
  birthDate: Schema.optionalKey(CalendarDate),
  communication: Schema.optionalKey(Schema.Array(FhirPatientCommunication)),
}).annotate({ identifier: "FhirPatient" })
export type FhirPatient = typeof FhirPatient.Type

export const GoalLifecycleStatus = Schema.Literals([
  "proposed",
  "active",
  "on-hold",
  "completed",
  "cancelled",
]).annotate({ identifier: "FhirGoalLifecycleStatus" })
export type GoalLifecycleStatus = typeof GoalLifecycleStatus.Type

export const FhirGoalTarget = Schema.Struct({
  /** How progress will be seen, in the words the plan gives. */
  measure: FhirCodeableConcept,
}).annotate({ identifier: "FhirGoalTarget" })

export const FhirGoal = Schema.Struct({
  resourceType: Schema.Literal("Goal"),
  id: FhirId,
  lifecycleStatus: GoalLifecycleStatus,
  /** From the latest completed review's goal attainment score, when one rated this outcome. */
  achievementStatus: Schema.optionalKey(FhirCodeableConcept),
  category: Schema.Array(FhirCodeableConcept),
  /** The outcome in the person's own words. */
  description: FhirCodeableConcept,
  subject: FhirReference,
  startDate: Schema.optionalKey(CalendarDate),
  target: Schema.Array(FhirGoalTarget),
  expressedBy: FhirReference,
}).annotate({ identifier: "FhirGoal" })
export type FhirGoal = typeof FhirGoal.Type

export const CarePlanStatus = Schema.Literals([
  "draft",
  "active",
  "on-hold",
  "revoked",
  "completed",
]).annotate({ identifier: "FhirCarePlanStatus" })
export type CarePlanStatus = typeof CarePlanStatus.Type

export const CarePlanActivityStatus = Schema.Literals([
  "not-started",
  "in-progress",
  "on-hold",
  "completed",
  "cancelled",
]).annotate({ identifier: "FhirCarePlanActivityStatus" })
export type CarePlanActivityStatus = typeof CarePlanActivityStatus.Type

export const FhirCarePlanActivityDetail = Schema.Struct({
  /** The line's cost, funding stream and how its money is held (OpenPB's `plan-line` extension). */
  extension: Schema.Array(FhirExtension),
  code: FhirCodeableConcept,
  status: CarePlanActivityStatus,
  /** The outcomes the line serves (absent when it names none). */
  goal: Schema.optionalKey(Schema.Array(FhirReference)),
  performer: Schema.optionalKey(Schema.Array(FhirReference)),
  scheduledTiming: FhirTiming,
  quantity: FhirQuantity,
  description: Schema.String,
}).annotate({ identifier: "FhirCarePlanActivityDetail" })

export const FhirCarePlanActivity = Schema.Struct({
  detail: FhirCarePlanActivityDetail,
}).annotate({ identifier: "FhirCarePlanActivity" })

export const FhirMeta = Schema.Struct({
  /** The plan's version in OpenPB (each revision is a new version). */
  versionId: Schema.String,
}).annotate({ identifier: "FhirMeta" })

export const FhirCarePlan = Schema.Struct({
  resourceType: Schema.Literal("CarePlan"),
  id: FhirId,
  meta: FhirMeta,
  /** The personal budget (OpenPB's `personal-budget` extension). */
  extension: Schema.Array(FhirExtension),
  status: CarePlanStatus,
  intent: Schema.Literal("plan"),
  category: Schema.Array(FhirCodeableConcept),
  title: Schema.String,
  subject: FhirReference,
  period: Schema.optionalKey(FhirPeriod),
  created: IsoInstant,
  contributor: Schema.Array(FhirReference),
  goal: Schema.Array(FhirReference),
  activity: Schema.Array(FhirCarePlanActivity),
}).annotate({ identifier: "FhirCarePlan" })
export type FhirCarePlan = typeof FhirCarePlan.Type

/** One person's record as FHIR: the Patient, a CarePlan per journey with a plan, their Goals. */
export const FhirPersonPlans = Schema.Struct({
  patient: FhirPatient,
  carePlans: Schema.Array(FhirCarePlan),
  goals: Schema.Array(FhirGoal),
}).annotate({ identifier: "FhirPersonPlans" })
export type FhirPersonPlans = typeof FhirPersonPlans.Type

export const FhirBundleEntry = Schema.Struct({
  resource: Schema.Union([FhirPatient, FhirCarePlan, FhirGoal]),
}).annotate({ identifier: "FhirBundleEntry" })

/** A `collection` Bundle: one person's resources, one line of the NDJSON export. */
export const FhirBundle = Schema.Struct({
  resourceType: Schema.Literal("Bundle"),
  id: FhirId,
  type: Schema.Literal("collection"),
  timestamp: IsoInstant,
  entry: Schema.Array(FhirBundleEntry),
}).annotate({ identifier: "FhirBundle" })
export type FhirBundle = typeof FhirBundle.Type
