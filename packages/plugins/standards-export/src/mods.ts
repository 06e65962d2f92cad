import { annualLineCostPence } from "@openpb/plugin-sdk"
import { lineFundingSources, lineFundingText } from "./fundingSource.ts"
import {
  ALWAYS,
  type LineContext,
  mapped,
  notHeld,
  type PlanLine,
  pounds,
  type Source,
  type StandardField,
  withheld,
} from "./mapping.ts"

export const MODS_STANDARD = {
  name: "Adult Social Care Digital Social Care Record: Minimum Operational Data Standard (MODS)",
  reference: "DAPB4102 Amd 66/2023",
  version: "1.0.0 (published 15 April 2024)",
} as const

const BROWSER =
  "https://standards.nhs.uk/published-standards/adult-social-care-digital-social-care-record-minimum-operational-data-standard-mods/data-specification/data-browser"

/**
 * The MODS data classes this mapping covers, with the page of NHS England's data browser each
 * element list was read from. MODS is a provider's whole care record (observations, medication,
 * allergies, admissions...); a personal budget plan meets it in the Service it funds, the
 * record's versioning and the person's demographics.
 */
export const MODS_CLASSES = [
  {
    name: "Service",
    source: `${BROWSER}?classId=464057`,
    complete: true,
  },
  {
    name: "Versioned record",
    source: `${BROWSER}?classId=465097`,
    complete: true,
  },
  {
    name: "Person demographics",
    source: `${BROWSER}?classId=463586`,
    complete: false,
  },
] as const

type ModsClass = (typeof MODS_CLASSES)[number]["name"]

/** "Must occur once" and the rest, as the data browser gives them, in cardinality. */
const occurs = {
  "Must occur once": "1..1",
  "Could occur once": "0..1",
  "Could occur once or more": "0..*",
  "not confirmed": "not confirmed",
} as const

type S = Source<LineContext>

/** `mapped` for a service: its values read one plan line. */
const m = (from: string, values: (c: LineContext) => ReadonlyArray<string>, ifEmpty: string): S =>
  mapped(from, values, ifEmpty)

const mechanismWords: Record<PlanLine["deliveryMechanism"], string> = {
  notional: "arranged by the council (managed personal budget)",
  "third-party": "held by an organisation for the person (individual service fund)",
  "direct-payment": "direct payment",
}

const frequencyWords: Record<PlanLine["frequency"], string> = {
  weekly: "a week",
  "four-weekly": "every four weeks",
  monthly: "a month",
  "one-off": "once",
}

const EQUALITY =
  "held only for equality monitoring, with the person's consent for that purpose; never shared in a plan"

const element = (
  modsClass: ModsClass,
  name: string,
  type: string,
  occurrence: keyof typeof occurs,
  source: S,
): StandardField<LineContext> => ({
  section: modsClass,
  element: name,
  cardinality: occurs[occurrence],
  flag: type,
  source,
})

/** Every MODS element of the covered classes, in the data browser's order, with its source. */
export const MODS_FIELDS: ReadonlyArray<StandardField<LineContext>> = [
  element(
    "Service",
    "Social care package name",
    "Lookup",
    "Could occur once",
    m(
      "the plan line's spending category (OpenPB's `spending-category` codes)",
      (c) => [c.line.category],
      ALWAYS,
    ),
  ),
  element(
    "Service",
    "Social care package type",
    "Lookup",
    "Could occur once",
    m(
      "`Personal budget: ` and how the line's money is held (managed, individual service fund, direct payment)",
      (c) => [`Personal budget: ${mechanismWords[c.line.deliveryMechanism]}`],
      ALWAYS,
    ),
  ),
  element(
    "Service",
    "Service start date",
    "Date",
    "Could occur once",
    m(
      "the day the approval took effect, else the London date of the approval decision",
      (c) => [c.journey.approved?.effectiveFrom ?? c.approvedOn ?? ""],
      ALWAYS,
    ),
  ),
  element(
    "Service",
    "Service end date",
    "Date",
    "Could occur once",
    m(
      "the journey's ending date",
      (c) => [c.journey.ending?.on ?? ""],
      "the service is open: the journey has not ended",
    ),
  ),
  element(
    "Service",
    "Care funding source",
    "Lookup",
    "Could occur once",
    m(
      "the line's funding sources (OpenPB's care funding source codes, `+`-joined): section 117 aftercare when the line is s117 aftercare; else the NHS (continuing healthcare when the assessment records that ground, else personal health budget) or the council by the line's funding stream; with the person's contribution on a council line when the approval assessed one, and the person's top-up when the line has one",
      (c) => [lineFundingSources(c.journey, c.line).join("+")],
      ALWAYS,
    ),
  ),
  element(
    "Service",
    "Service type",
    "Lookup",
    "Could occur once or more",
    notHeld(
      "OpenPB records what a line buys (its spending category, the package name), not the provider's registered type of service",
    ),
  ),
  element(
    "Service",
    "Service description",
    "Text",
    "Must occur once",
    m("the plan line's description", (c) => [c.line.description], ALWAYS),
  ),
  element(
    "Service",
    "Service schedule",
    "Text",
    "Could occur once",
    m(
      "units per period and frequency, and the line's unit cost",
      (c) => [
        `${c.line.unitsPerPeriod} units ${frequencyWords[c.line.frequency]} at £${pounds(c.line.unitCostPence)} a unit`,
      ],
      ALWAYS,
    ),
  ),
  element(
    "Service",
    "Comment",
    "Text",
    "Could occur once",
    m(
      "the line's funding in words: its sources, what the budget pays a year, any top-up, and its provider",
      (c) => [
        `${lineFundingText(c.journey, c.line)}; provider: ${c.line.provider === null || c.line.provider === "" ? "arranged by the person" : c.line.provider}`,
      ],
      ALWAYS,
    ),
  ),
  element(
    "Service",
    "Subject of care",
    "Lookup",
    "Must occur once",
    m("OpenPB's person id", (c) => [c.person.id], ALWAYS),
  ),
  element(
    "Versioned record",
    "Record uid",
    "Text",
    "Must occur once",
    m(
      "`<journey id>:<plan line id>`: stable across plan versions while the line stays",
      (c) => [`${c.journey.id}:${c.line.id}`],
      ALWAYS,
    ),
  ),
  element(
    "Versioned record",
    "Version number",
    "Number",
    "Must occur once",
    m("the approved plan version the line belongs to", (c) => [String(c.plan.version)], ALWAYS),
  ),
  element(
    "Person demographics",
    "Date of birth",
    "Lookup",
    "Must occur once",
    m(
      "person: date of birth",
      (c) => [c.person.dateOfBirth ?? ""],
      "no date of birth is recorded for this person (mandatory in MODS: the council must add it)",
    ),
  ),
  element(
    "Person demographics",
    "Gender identity",
    "Lookup",
    "Must occur once",
    withheld(EQUALITY),
  ),
  element("Person demographics", "Ethnicity", "Lookup", "Must occur once", withheld(EQUALITY)),
  element(
    "Person demographics",
    "Religion",
    "not confirmed",
    "not confirmed",
    notHeld("OpenPB does not record religion or belief"),
  ),
  element(
    "Person demographics",
    "First Language",
    "Lookup",
    "Could occur once",
    m(
      "person: preferred language, as free text (MODS asks for an ISO 639-1 code: a receiver must code it)",
      (c) => [c.person.preferredLanguage ?? ""],
      "no preferred language is recorded",
    ),
  ),
  element(
    "Person demographics",
    "Other language",
    "Lookup",
    "Could occur once or more",
    notHeld("OpenPB records one preferred language"),
  ),
  element(
    "Person demographics",
    "Interpreter required",
    "Yes or No",
    "Could occur once",
    m(
      "person: interpreter needed, `Yes` or `No`",
      (c) => [c.person.interpreterNeeded ? "Yes" : "No"],
      ALWAYS,
    ),
  ),
  element(
    "Person demographics",
    "Immigration status",
    "Text",
    "Could occur once",
    notHeld("OpenPB does not record immigration status"),
  ),
  element(
    "Person demographics",
    "Sexual orientation",
    "Lookup",
    "Must occur once",
    notHeld("OpenPB does not record sexual orientation"),
  ),
  element(
    "Person demographics",
    "Pregnancy status",
    "not confirmed",
    "not confirmed",
    notHeld("OpenPB does not record pregnancy"),
  ),
]

/** The yearly amount the budget pays for a line, for the CSV's OpenPB columns. */
export const lineAnnualPounds = (line: PlanLine): string => pounds(annualLineCostPence(line))
