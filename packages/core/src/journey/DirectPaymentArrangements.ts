import { Schema } from "effect"
import { CalendarDate } from "../model/Person.ts"
import { Label, Prose } from "../model/Text.ts"

/** Who asked for the payments: the person, or an authorised person for someone lacking capacity. */
export const DirectPaymentRequester = Schema.Literals(["person", "authorised-person"]).annotate({
  identifier: "DirectPaymentRequester",
})

/** The person's capacity to consent to direct payments, with when and by whom it was assessed. */
export const CapacityAssessment = Schema.Struct({
  hasCapacity: Schema.Boolean,
  assessedOn: CalendarDate,
  assessedBy: Label,
}).annotate({ identifier: "CapacityAssessment" })

/** Someone the person (with capacity) names to receive and manage the payments for them. */
export const NominatedPerson = Schema.Struct({
  name: Label,
  relationship: Label,
  agreesToActAsNominee: Schema.Boolean,
}).annotate({ identifier: "NominatedPerson" })

/** Who receives payments for a person who lacks capacity, and what the council is satisfied of. */
export const AuthorisedPerson = Schema.Struct({
  name: Label,
  relationship: Label,
  willActInBestInterests: Schema.Boolean,
  capableOfManaging: Schema.Boolean,
  /** Null when no deputy or attorney with power over the person's care exists. */
  deputyOrAttorneySupports: Schema.NullOr(Schema.Boolean),
}).annotate({ identifier: "AuthorisedPerson" })

/**
 * The justice requirements that make a person an excluded person for direct payments (the
 * Schedules to the social care and NHS direct payment regulations).
 */
export const JusticeRequirement = Schema.Literals([
  "drug-rehabilitation-requirement",
  "alcohol-treatment-requirement",
  "drug-treatment-and-testing-order",
  "licence-condition-drugs-or-alcohol",
  "youth-rehabilitation-drug-or-alcohol-requirement",
]).annotate({ identifier: "JusticeRequirement" })
export type JusticeRequirement = typeof JusticeRequirement.Type

/** The close relationships the household rule covers (spouse, partner, close relatives). */
export const HouseholdRelationship = Schema.Literals([
  "spouse-or-civil-partner",
  "partner-living-as-couple",
  "parent",
  "child",
  "sibling",
  "grandparent",
  "aunt-or-uncle",
  "in-law-or-step-relative",
]).annotate({ identifier: "HouseholdRelationship" })

/**
 * A plan line that pays someone living in the person's household, with the council's recorded
 * decision that it is necessary (null when there is none).
 */
export const HouseholdPayment = Schema.Struct({
  lineId: Label,
  relationship: HouseholdRelationship,
  necessaryBecause: Schema.NullOr(Prose),
}).annotate({ identifier: "HouseholdPayment" })

/** What an NHS direct payment needs beside the plan: a care co-ordinator and a risk assessment. */
export const NhsDirectPaymentSafeguards = Schema.Struct({
  careCoordinator: Schema.NullOr(Label),
  riskAssessedOn: Schema.NullOr(CalendarDate),
  riskManagementAgreedInPlan: Schema.Boolean,
}).annotate({ identifier: "NhsDirectPaymentSafeguards" })

/**
 * What the practitioner records before any line is paid as a direct payment. The deployment's
 * plugins judge it against the law at submission and at approval.
 */
export const DirectPaymentArrangements = Schema.Struct({
  requestedBy: DirectPaymentRequester,
  capacity: CapacityAssessment,
  /** The person (with help, if needed) or their nominee can manage the payments. */
  capableOfManaging: Schema.Boolean,
  /** The practitioner's judgement that payments are an appropriate way to meet the needs. */
  appropriateWayToMeetNeeds: Schema.Boolean,
  nominatedPerson: Schema.NullOr(NominatedPerson),
  authorisedPerson: Schema.NullOr(AuthorisedPerson),
  justiceRequirements: Schema.Array(JusticeRequirement),
  householdPayments: Schema.Array(HouseholdPayment),
  nhs: Schema.NullOr(NhsDirectPaymentSafeguards),
}).annotate({ identifier: "DirectPaymentArrangements" })
export type DirectPaymentArrangements = typeof DirectPaymentArrangements.Type
