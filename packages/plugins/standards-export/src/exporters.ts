import {
  approvedLinesOf,
  defineExporter,
  type ExportContext,
  ExportSource,
  type ExportRow,
  keysetStream,
  type PlanExportRecord,
  planShown,
} from "@openpb/plugin-sdk"
import { Effect, Schema, Stream } from "effect"
import type { ElementValue, LineContext, PlanContext, StandardField } from "./mapping.ts"
import { elementValue } from "./mapping.ts"
import { lineAnnualPounds, MODS_FIELDS, MODS_STANDARD } from "./mods.ts"
import { PRSB_FIELDS, PRSB_STANDARD } from "./prsb.ts"

export const STANDARDS_PAGE_SIZE = 500

/** Neither export takes parameters: every plan as it stands now. */
export const StandardsExportParameters = Schema.Struct({})
export type StandardsExportParameters = typeof StandardsExportParameters.Type

/** A journey's plan as the standards read it: one per journey with a plan, oldest first. */
export const planContexts = (record: PlanExportRecord): ReadonlyArray<PlanContext> =>
  record.journeys.flatMap(({ journey, approvedOn }) => {
    const plan = planShown(journey)
    return plan === undefined ? [] : [{ person: record.person, journey, plan, approvedOn }]
  })

/** The services MODS describes: a line in force of an approved plan, one each. */
export const lineContexts = (context: PlanContext): ReadonlyArray<LineContext> =>
  context.journey.approved === null
    ? []
    : approvedLinesOf(context.journey).map((line) => ({ ...context, line }))

export interface PrsbSection {
  readonly section: string
  readonly elements: ReadonlyArray<ElementValue>
}

/** One plan as a PRSB Personalised Care and Support Plan: sections, elements, values. */
export interface PrsbDocument {
  readonly standard: string
  readonly version: string
  readonly reference: string
  readonly personId: string
  readonly journeyId: string
  readonly planVersion: number
  readonly sections: ReadonlyArray<PrsbSection>
}

const sectionsOf = <C>(
  fields: ReadonlyArray<StandardField<C>>,
  context: C,
): ReadonlyArray<PrsbSection> => {
  const sections: Array<{ section: string; elements: Array<ElementValue> }> = []
  for (const field of fields) {
    let last = sections.at(-1)
    if (last === undefined || last.section !== field.section) {
      last = { section: field.section, elements: [] }
      sections.push(last)
    }
    last.elements.push(elementValue(field, context))
  }
  return sections
}

/**
 * Every element of the standard, in its order, each with its values, or the reason it has none
 * (`empty` for this person, `notHeld` by OpenPB, `withheld` from sharing). A repeating group's
 * elements list their values in the same order: the nth goal's text, code and score are each
 * element's nth value (the plan's outcomes, lines, contacts, in the plan's order).
 */
export const prsbDocument = (context: PlanContext): PrsbDocument => ({
  standard: PRSB_STANDARD.name,
  version: PRSB_STANDARD.version,
  reference: PRSB_STANDARD.reference,
  personId: context.person.id,
  journeyId: context.journey.id,
  planVersion: context.plan.version,
  sections: sectionsOf(PRSB_FIELDS, context),
})

const columnKey = (field: StandardField<never>) =>
  `${field.section}_${field.element}`.toLowerCase().replaceAll(/[^a-z0-9]+/g, "_")

export const modsColumns = [
  ...MODS_FIELDS.map((field) => ({
    key: columnKey(field),
    header: `${field.section}: ${field.element}`,
  })),
  { key: "openpb_annual_budget_pounds", header: "OpenPB: the budget pays a year (£)" },
]

/** One MODS service row: each element's values joined by `; `, blank when there are none. */
export const modsRow = (context: LineContext): ExportRow => {
  const row: Record<string, string> = {}
  for (const field of MODS_FIELDS) {
    row[columnKey(field)] = elementValue(field, context).values.join("; ")
  }
  row.openpb_annual_budget_pounds = lineAnnualPounds(context.line)
  return row
}

const plans = (councilId: ExportContext["councilId"]) =>
  Stream.unwrap(
    Effect.gen(function* () {
      const source = yield* ExportSource
      return keysetStream(
        STANDARDS_PAGE_SIZE,
        (afterId, limit) => source.plans({ councilId, afterId, limit }),
        (record) => record.person.id,
      ).pipe(Stream.flatMap((record) => Stream.fromIterable(planContexts(record))))
    }),
  )

export const prsbColumns = [
  { key: "document", header: "PRSB Personalised Care and Support Plan (one per plan)" },
] as const

/**
 * Every plan of the council as a PRSB Personalised Care and Support Plan, one JSON document a
 * line, read a page of people at a time.
 */
export const prsbPlansExporter = defineExporter<StandardsExportParameters>({
  id: "prsb-care-plans",
  version: "0.1.0",
  description:
    "Support plans as PRSB Personalised Care and Support Plans (v2.0): one JSON document per plan, every element with its values or why it has none",
  parameters: StandardsExportParameters,
  // Names people (NHS number, name, date of birth, address): for the council's administrators,
  // who share it under their data sharing agreement.
  roles: ["council-admin"],
  personLevel: true,
  formats: ["ndjson"],
  columns: prsbColumns,
  rows: (_, { councilId }) =>
    plans(councilId).pipe(
      Stream.map((context) => ({ document: JSON.stringify(prsbDocument(context)) })),
    ),
})

/**
 * Every service a personal budget funds, as MODS's Service class with the person's demographics:
 * one row per line in force of an approved plan, with its care funding source.
 */
export const modsServicesExporter = defineExporter<StandardsExportParameters>({
  id: "mods-services",
  version: "0.1.0",
  description: `Services funded by personal budgets in the shape of ${MODS_STANDARD.name}: one row per plan line in force, with its care funding source`,
  parameters: StandardsExportParameters,
  roles: ["council-admin"],
  personLevel: true,
  formats: ["csv", "jsonl", "xlsx"],
  columns: modsColumns,
  rows: (_, { councilId }) =>
    plans(councilId).pipe(
      Stream.flatMap((context) => Stream.fromIterable(lineContexts(context))),
      Stream.map(modsRow),
    ),
})
