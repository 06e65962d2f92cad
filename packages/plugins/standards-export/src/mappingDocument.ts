import { ALWAYS, type Source, type StandardField } from "./mapping.ts"
import { MODS_CLASSES, MODS_FIELDS, MODS_STANDARD } from "./mods.ts"
import { PRSB_FIELDS, PRSB_STANDARD } from "./prsb.ts"

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ")

const sourceCell = (source: Source<never>): string => {
  switch (source.kind) {
    case "mapped":
      return `**mapped**: ${source.from}${source.ifEmpty === ALWAYS ? "" : ` (empty when ${source.ifEmpty})`}`
    case "notHeld":
      return `**not held**: ${source.reason}`
    case "withheld":
      return `**held, not shared**: ${source.reason}`
  }
}

const table = (fields: ReadonlyArray<StandardField<never>>, flagHeader: string): string => {
  const rows = fields.map(
    (f) =>
      `| ${cell(f.section)} | ${cell(f.element)} | ${f.cardinality} | ${f.flag} | ${cell(sourceCell(f.source))} |`,
  )
  return [
    `| section | element | cardinality | ${flagHeader} | OpenPB source |`,
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n")
}

const counts = (fields: ReadonlyArray<StandardField<never>>) => {
  const of = (kind: Source<never>["kind"]) => fields.filter((f) => f.source.kind === kind).length
  return `${fields.length} elements: ${of("mapped")} mapped, ${of("withheld")} held but not shared, ${of("notHeld")} not held`
}

/**
 * The mapping document, written from the tables the exporters read: `pnpm generate:mapping`
 * writes it to MAPPING.md and a test fails when the committed file differs.
 */
export const mappingDocument = (): string =>
  `<!-- Generated from src/prsb.ts and src/mods.ts by scripts/generate-mapping.ts: do not edit by hand. -->

# OpenPB to PRSB and MODS: the field mapping

Every element of the two national standards, with where OpenPB's value comes from, or why it
has none: **mapped** (read from the person, journey, plan or budget; empty for a person who
lacks it, for the reason given), **held, not shared** (OpenPB records it for another purpose
only), or **not held**. The exporters \`prsb-care-plans\` and \`mods-services\` read these same
tables, so the file and the exports cannot disagree.

## ${PRSB_STANDARD.name} (v${PRSB_STANDARD.version}, ${PRSB_STANDARD.reference})

Source of the element list: the standard's published data model (dataset "Personalised care
and support plan", version 2.0), as republished in JSON in
\`AgileHealthInformatics/prsb-datamodel-pipeline@cb7c90f\` (\`examples/inputs/PersonalisedCSP.json\`);
PRSB's page: <https://theprsb.org/standards/personalisedcareandsupportplan/>. Cardinality and the
M/R/O flag (mandatory, required, optional) are the model's. The model has nine sections. PRSB's
implementation toolkit page describes the standard's headings too ("About me", "Care and support
plan", "Formulation", and more; the copy read was cut off at "Procedure..."): a heading that the
model does not carry could not be confirmed as an element list, and is not listed. Codes are OpenPB's own where the standard
asks for SNOMED CT (OpenPB holds no SNOMED codes), and say so.

${counts(PRSB_FIELDS)}.

${table(PRSB_FIELDS, "M/R/O")}

## ${MODS_STANDARD.name} (${MODS_STANDARD.reference}, ${MODS_STANDARD.version})

MODS is a care provider's whole record (care actors, observations, medication, allergies,
admissions, documents...). A personal budget plan meets it in three classes, whose elements
were read from NHS England's data browser:

${MODS_CLASSES.map((c) => `- ${c.name}: <${c.source}>${c.complete ? "" : ' (**partly confirmed**: the elements below are those the browser\'s pages showed; others of this class may exist, and "not confirmed" marks a type or occurrence the page cut off)'}`).join("\n")}

Every other MODS class is the provider's own record of care given, which OpenPB (the
commissioner's plan and budget) does not hold. One row per plan line in force of an approved
plan: a line is the service the budget funds.

### Care funding source

PRSB's "Care and support plan / Care funding source" and MODS's "Service / Care funding source"
have no published value set (PRSB: coded value or free text; MODS: a lookup "reference to the
funding source and any conditions or limitations associated"). OpenPB's codes, derived from the
plan line and the approved budget:

| code | meaning |
| --- | --- |
| \`local-authority\` | a council-funded line (Care Act 2014 personal budget) |
| \`nhs-continuing-healthcare\` | an NHS-funded line when the assessment records the continuing healthcare ground |
| \`nhs-personal-health-budget\` | any other NHS-funded line (a personal health budget) |
| \`section-117-aftercare\` | a line recorded as s117 aftercare (Mental Health Act 1983), owed jointly by the council and the NHS and never charged for, whichever of them funds it |
| \`person-contribution\` | with \`local-authority\`: the approved budget assessed a contribution, which core's funding split takes only from council lines that are not aftercare |
| \`person-top-up\` | the person pays a top-up for a dearer option on that line, outside the budget |

A MODS row joins a line's codes with \`+\` (\`local-authority+person-contribution\`); PRSB lists
the plan's codes as values, then the approved budget's shares in words.

${counts(MODS_FIELDS)}.

${table(MODS_FIELDS, "type")}
`
