import { AsAt, defineExporter, type ExportRow, type ReturnsJourneyRecord } from "@openpb/plugin-sdk"
import { Schema, Stream } from "effect"
import { type CldEvent, cldEvents } from "./cldEvents.ts"
import { ageOn, overlaps, Quarter } from "./dates.ts"
import { journeysOpenedBy } from "./journeys.ts"
import type { EnglandReturnsSettings } from "./settings.ts"

export const CldParameters = Schema.Struct({ quarter: Quarter, asAt: AsAt })
export type CldParameters = typeof CldParameters.Type

/**
 * The Release 1 fields, every one in the specification's order (test/fixtures/cld-release1.json
 * holds the list and its sources). Fields the platform does not hold stay as empty columns, so a
 * file has the return's layout and a council can fill them from its own system; the README says
 * why each is blank.
 */
export const cldColumns = [
  { key: "la_code", header: "LA Code" },
  { key: "reporting_period_start_date", header: "Reporting Period Start Date" },
  { key: "reporting_period_end_date", header: "Reporting Period End Date" },
  { key: "nhs_number", header: "NHS Number" },
  { key: "la_person_unique_identifier", header: "LA Person Unique Identifier" },
  { key: "first_name", header: "First Name" },
  { key: "last_name", header: "Last Name" },
  { key: "gp_practice_name", header: "GP Practice Name" },
  { key: "gp_practice_code", header: "GP Practice Code" },
  { key: "gender", header: "Gender" },
  { key: "ethnicity", header: "Ethnicity" },
  { key: "date_of_birth", header: "Date of Birth" },
  { key: "date_of_death", header: "Date of Death" },
  { key: "client_type", header: "Client Type" },
  { key: "primary_support_reason", header: "Primary Support Reason" },
  { key: "postcode", header: "Postcode" },
  { key: "accommodation_status", header: "Accommodation Status" },
  { key: "employment_status", header: "Employment Status" },
  { key: "has_unpaid_carer", header: "Has Unpaid Carer" },
  { key: "autism_spectrum_disorder_asd", header: "Autism Spectrum Disorder (ASD)" },
  { key: "visual_impairment", header: "Visual Impairment" },
  { key: "hearing_impairment", header: "Hearing Impairment" },
  { key: "dementia", header: "Dementia" },
  { key: "client_funding_status", header: "Client Funding Status" },
  { key: "event_type", header: "Event Type" },
  { key: "event_reference", header: "Event Reference" },
  { key: "event_start_date", header: "Event Start Date" },
  { key: "event_end_date", header: "Event End Date" },
  { key: "event_description", header: "Event Description" },
  { key: "event_outcome", header: "Event Outcome" },
  { key: "request_route_of_access", header: "Request: Route of Access" },
  { key: "assessment_type", header: "Assessment Type" },
  { key: "eligible_needs_identified", header: "Eligible Needs Identified" },
  { key: "method_of_assessment", header: "Method of Assessment" },
  { key: "total_hrs_caring_per_week", header: "Total Hrs Caring per week" },
  { key: "no_of_adults_being_cared_for", header: "No. of adults being cared for" },
  { key: "adult_1_linked_person_id", header: "Adult 1 Linked Person_ID" },
  { key: "adult_2_linked_person_id", header: "Adult 2 Linked Person_ID" },
  { key: "adult_3_linked_person_id", header: "Adult 3 Linked Person_ID" },
  { key: "service_type", header: "Service Type" },
  { key: "service_component", header: "Service Component" },
  { key: "delivery_mechanism", header: "Delivery Mechanism" },
  { key: "provider_cqc_location_name", header: "Provider CQC Location Name" },
  { key: "provider_cqc_location_id", header: "Provider CQC Location ID" },
  { key: "review_reason", header: "Review Reason" },
  { key: "review_outcomes_achieved", header: "Review Outcomes Achieved" },
  { key: "method_of_review", header: "Method of Review" },
  { key: "unit_cost", header: "Unit Cost" },
  { key: "cost_frequency", header: "Cost Frequency (Unit Type)" },
  { key: "planned_units_per_week", header: "Planned units per week" },
] as const

type CldColumnKey = (typeof cldColumns)[number]["key"]

/** NHS Data Dictionary "Person stated gender" codes: 1 male, 2 female, 9 indeterminate, X not known. */
const genderCode: Record<string, string> = {
  male: "1",
  female: "2",
  intersex: "9",
  "not-stated": "X",
}

const costFrequency: Record<string, string> = {
  weekly: "Weekly",
  "four-weekly": "Four-weekly",
  monthly: "Monthly",
  "one-off": "One-off",
}

const unitsPerWeek = (units: number, frequency: string): number | null => {
  if (frequency === "weekly") return units
  if (frequency === "four-weekly") return Math.round((units / 4) * 100) / 100
  if (frequency === "monthly") return Math.round(((units * 12) / 52) * 100) / 100
  return null
}

/** Whether a person is an adult on a date; an unknown date of birth is not excluded. */
export const isAdultOn = (dateOfBirth: string | null, date: string) =>
  dateOfBirth === null || ageOn(dateOfBirth, date) >= 18

export const cldRow =
  (settings: EnglandReturnsSettings, quarter: CldParameters["quarter"], j: ReturnsJourneyRecord) =>
  (e: CldEvent): ExportRow =>
    // Checked against the column keys, so a value cannot be written under a key no column reads.
    ({
      la_code: settings.laCode,
      reporting_period_start_date: quarter.from,
      reporting_period_end_date: quarter.to,
      nhs_number: j.person.nhsNumber,
      la_person_unique_identifier: j.person.id,
      first_name: j.person.givenName,
      last_name: j.person.familyName,
      date_of_birth: j.person.dateOfBirth,
      date_of_death: j.ending?.reason === "died" ? j.ending.on : null,
      gender: j.person.sex === null ? null : (genderCode[j.person.sex] ?? null),
      ethnicity: j.person.ethnicity,
      client_type: j.caresFor === null ? "Service User" : "Carer",
      // Not required on request events (3.1).
      primary_support_reason: e.type === "Request" ? null : settings.primarySupportReason,
      has_unpaid_carer: j.person.hasCarer ? "Yes" : "No",
      event_type: e.type,
      event_reference: e.reference,
      event_start_date: e.start,
      event_end_date: e.end,
      event_description: e.description,
      event_outcome: e.outcome,
      request_route_of_access: e.routeOfAccess,
      assessment_type: e.assessmentType,
      eligible_needs_identified: e.eligibleNeedsIdentified,
      // A carer's record links the adult they care for (one per carer's journey).
      no_of_adults_being_cared_for: j.caresFor === null ? null : 1,
      adult_1_linked_person_id: j.caresFor,
      service_type: e.service
        ? j.caresFor === null
          ? "Long Term Support: Community"
          : "Carer Support: Direct to Carer"
        : null,
      service_component:
        e.service?.deliveryMechanism === "Direct Payment" ? "Direct Payment" : null,
      delivery_mechanism: e.service?.deliveryMechanism ?? null,
      review_reason: e.reviewReason,
      unit_cost: e.service ? e.service.line.unitCostPence / 100 : null,
      cost_frequency: e.service ? (costFrequency[e.service.line.frequency] ?? null) : null,
      planned_units_per_week: e.service
        ? unitsPerWeek(e.service.line.unitsPerPeriod, e.service.line.frequency)
        : null,
    }) satisfies Partial<Record<CldColumnKey, ExportRow[string]>>

/**
 * England's adult social care Client Level Data return (3.1): every event open in or
 * overlapping the quarter, each time in full (a snapshot, never a delta: submissions stack and
 * the latest wins, so an event left out would stay open).
 */
export const cldExporter = (settings: EnglandReturnsSettings) =>
  defineExporter<CldParameters>({
    id: "england-cld",
    version: "0.1.0",
    description:
      "Adult social care Client Level Data return (England): requests, assessments, services and reviews open in or overlapping the quarter",
    parameters: CldParameters,
    roles: ["finance", "council-admin", "system"],
    personLevel: true,
    formats: ["csv", "xlsx", "jsonl"],
    columns: cldColumns,
    rows: ({ quarter, asAt }, { councilId }) =>
      journeysOpenedBy(councilId, quarter.to, asAt).pipe(
        Stream.filter((j) => isAdultOn(j.person.dateOfBirth, quarter.to)),
        Stream.flatMap((j) =>
          Stream.fromIterable(
            cldEvents(j, settings)
              .filter((e) => overlaps(e.start, e.end, quarter))
              .map(cldRow(settings, quarter, j)),
          ),
        ),
      ),
  })
