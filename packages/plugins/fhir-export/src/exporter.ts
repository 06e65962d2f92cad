import {
  AsAt,
  defineExporter,
  ExportSource,
  FhirBundle,
  fhirBundleOf,
  fhirPersonPlans,
  keysetStream,
} from "@openpb/plugin-sdk"
import { DateTime, Effect, Schema, Stream } from "effect"

export const FHIR_PAGE_SIZE = 500

/**
 * Every person with a plan, as the plans stand now or, given `asAt`, as they stood at the end of
 * that London day.
 */
export const FhirExportParameters = Schema.Struct({ asAt: AsAt })
export type FhirExportParameters = typeof FhirExportParameters.Type

export const fhirColumns = [{ key: "bundle", header: "FHIR R4 Bundle (one per person)" }] as const

const encodeBundle = Schema.encodeSync(FhirBundle)

/**
 * Every person of the council with a plan, as FHIR R4 NDJSON: one `collection` Bundle per line
 * holding the Patient, a CarePlan per journey with a plan, and its Goals, the same resources the
 * per-person query gives. Read a page of people at a time, so memory stays flat.
 */
export const fhirPlansExporter = defineExporter<FhirExportParameters>({
  id: "fhir-plans",
  version: "0.1.0",
  description:
    "Support plans as FHIR R4 NDJSON (Bulk Data style): one Bundle per person with their Patient, CarePlans and Goals",
  parameters: FhirExportParameters,
  // It names people (NHS number, name, date of birth): for the council's administrators, who
  // share it with the NHS under their data sharing agreement.
  roles: ["council-admin"],
  personLevel: true,
  formats: ["ndjson"],
  columns: fhirColumns,
  rows: ({ asAt }, { councilId }) =>
    Stream.unwrap(
      Effect.gen(function* () {
        // One timestamp for the run's Bundles: they are one snapshot.
        const timestamp = DateTime.formatIso(yield* DateTime.now)
        const source = yield* ExportSource
        return keysetStream(
          FHIR_PAGE_SIZE,
          (afterId, limit) => source.plans({ councilId, afterId, limit, asAt }),
          (record) => record.person.id,
        ).pipe(
          Stream.map((record) => ({
            bundle: JSON.stringify(
              encodeBundle(
                fhirBundleOf(fhirPersonPlans(record.person, record.journeys), timestamp),
              ),
            ),
          })),
        )
      }),
    ),
})
