import { approvedLinesOf, carePlanStatusOf } from "@openpb/plugin-sdk"
import { careFundingSourceWords, planFundingSources, planFundingText } from "./fundingSource.ts"
import {
  ALWAYS,
  mapped,
  notHeld,
  type PlanContext,
  pounds,
  type PlanLine,
  type Source,
  type StandardField,
  withheld,
} from "./mapping.ts"
import { PCSP_ELEMENTS } from "./pcspElements.ts"

export const PRSB_STANDARD = {
  name: "PRSB Personalised Care and Support Plan",
  version: "2.0",
  reference: "DAPB4022",
} as const

export type PcspElement = (typeof PCSP_ELEMENTS)[number][0]

type S = Source<PlanContext>

/** `mapped` for a plan: its values read one journey's plan. */
const m = (from: string, values: (c: PlanContext) => ReadonlyArray<string>, ifEmpty: string): S =>
  mapped(from, values, ifEmpty)

const outcomes = (c: PlanContext) => c.plan.content.outcomes
const lines = (c: PlanContext) => c.plan.content.lines
const participants = (c: PlanContext, roles: ReadonlyArray<string>) =>
  c.plan.content.participants.filter((p) => roles.includes(p.role))
const crisisContacts = (c: PlanContext) => c.plan.content.contingency.crisisContacts
const risks = (c: PlanContext) => c.plan.content.riskEnablement
const one = (value: string | null | undefined): ReadonlyArray<string> =>
  value === null || value === undefined ? [] : [value]

const frequencyWords: Record<PlanLine["frequency"], string> = {
  weekly: "a week",
  "four-weekly": "every four weeks",
  monthly: "a month",
  "one-off": "once",
}

const planStatusWords = {
  draft: "not started: the plan is not yet approved",
  active: "in progress",
  "on-hold": "on hold: the budget is suspended",
  completed: "completed: the journey has ended",
  revoked: "cancelled: the journey ended before an approval",
} as const

/** A line's status: the plan's, or refused when the approver left it out of the budget. */
const lineStatus = (c: PlanContext, line: PlanLine): string => {
  const refused =
    c.journey.approved !== null && !approvedLinesOf(c.journey).some((l) => l.id === line.id)
  return refused
    ? "refused: not part of the approved budget"
    : planStatusWords[carePlanStatusOf(c.journey)]
}

const goalStatusWords = {
  draft: "proposed",
  active: "active",
  "on-hold": "on hold",
  completed: "completed",
  revoked: "cancelled",
} as const

/** The latest completed review's rating of an outcome (goal attainment, -2 to +2), in words. */
const latestProgress = (c: PlanContext, outcomeId: string): string => {
  const completed = c.journey.reviews
    .filter((r) => r.status === "completed" && r.completedOn !== null)
    .sort((a, b) =>
      a.completedOn! < b.completedOn! ? 1 : a.completedOn! > b.completedOn! ? -1 : 0,
    )
  for (const review of completed) {
    const progress = review.progress.find((p) => p.outcomeId === outcomeId)
    if (progress !== undefined) {
      const score =
        progress.attainment > 0 ? `+${progress.attainment}` : String(progress.attainment)
      return `Goal attainment ${score} at the review of ${review.completedOn}${progress.note === "" ? "" : `: ${progress.note}`}`
    }
  }
  return ""
}

const practitioner = (c: PlanContext) => one(c.journey.practitioner)

const NO_PROFESSIONAL_DETAIL =
  "OpenPB records the practitioner by name only: no grade, specialty, professional identifier, organisation or contact details"
const NO_LOCATION = "OpenPB records no location for planning or its records"
const NO_SIGN_OFF =
  "OpenPB records who took part in the plan (participants), not a separate agreement or signature"
const NOT_PRACTITIONER_NAMED = "no practitioner is assigned to this journey yet"
const NO_REVIEW_DUE = "no review is due: none scheduled yet, or all completed"

const agreedWith = (prefix: string): Partial<Record<PcspElement, S>> => ({
  [`${prefix} / Agreed with person or legitimate representative / Person or legitimate representative`]:
    m(
      "plan participants with the role `person`: `Person`",
      (c) => (participants(c, ["person"]).length > 0 ? ["Person"] : []),
      `the person is not among the plan's participants (${NO_SIGN_OFF})`,
    ),
  [`${prefix} / Agreed with person or legitimate representative / Person full name`]: m(
    "the name of each plan participant with the role `person`",
    (c) => participants(c, ["person"]).map((p) => p.name),
    `the person is not among the plan's participants (${NO_SIGN_OFF})`,
  ),
  [`${prefix} / Agreed with person or legitimate representative / Role`]: m(
    "their participant role",
    (c) => participants(c, ["person"]).map((p) => p.role),
    `the person is not among the plan's participants (${NO_SIGN_OFF})`,
  ),
})

const reviewOf = (prefix: string): Partial<Record<PcspElement, S>> => ({
  [`${prefix} / Planned review date/interval`]: m(
    "the journey's earliest review not yet completed (its due date)",
    (c) => one(c.journey.nextReviewDue),
    NO_REVIEW_DUE,
  ),
  [`${prefix} / Responsibility for review / Name`]: m(
    "the journey's practitioner",
    practitioner,
    NOT_PRACTITIONER_NAMED,
  ),
  [`${prefix} / Responsibility for review / Role`]: m(
    "`practitioner` when one is assigned",
    (c) => (c.journey.practitioner === null ? [] : ["practitioner"]),
    NOT_PRACTITIONER_NAMED,
  ),
  [`${prefix} / Date this plan was last updated`]: m(
    "when the plan version shown was created (ISO instant)",
    (c) => [c.plan.createdAt],
    ALWAYS,
  ),
})

const recordedBy = (prefix: string): Partial<Record<PcspElement, S>> => ({
  [`${prefix} / Performing professional / Name`]: m(
    "the journey's practitioner",
    practitioner,
    NOT_PRACTITIONER_NAMED,
  ),
  [`${prefix} / Performing professional / Role`]: m(
    "`practitioner` when one is assigned",
    (c) => (c.journey.practitioner === null ? [] : ["practitioner"]),
    NOT_PRACTITIONER_NAMED,
  ),
  [`${prefix} / Person completing record / Name`]: m(
    "the account that created the plan version shown (its sign-in subject)",
    (c) => [c.plan.createdBy],
    ALWAYS,
  ),
  [`${prefix} / Person completing record / Date completed`]: m(
    "when the plan version shown was created (ISO instant)",
    (c) => [c.plan.createdAt],
    ALWAYS,
  ),
})

/**
 * The elements OpenPB fills, by their path in the standard. The key type is the standard's own
 * element list, so a mapping can only name an element the standard has.
 */
export const PCSP_MAPPED: Partial<Record<PcspElement, S>> = {
  "Person demographics / Person name / Person first name": m(
    "person: given name",
    (c) => [c.person.givenName],
    ALWAYS,
  ),
  "Person demographics / Person name / Person family name": m(
    "person: family name",
    (c) => [c.person.familyName],
    ALWAYS,
  ),
  "Person demographics / Person name / Person full name": m(
    "person: given name and family name",
    (c) => [`${c.person.givenName} ${c.person.familyName}`],
    ALWAYS,
  ),
  "Person demographics / Date of birth": m(
    "person: date of birth",
    (c) => one(c.person.dateOfBirth),
    "no date of birth is recorded for this person (mandatory in PRSB: the council must add it)",
  ),
  "Person demographics / NHS number": m(
    "person: NHS number (Modulus 11 checked on entry; not traced against PDS)",
    (c) => one(c.person.nhsNumber),
    "no NHS number is recorded for this person",
  ),
  "Person demographics / Other identifier": m(
    "OpenPB's person id (a local identifier)",
    (c) => [c.person.id],
    ALWAYS,
  ),
  "Person demographics / Person's address / Address line 1": m(
    "person: contact address, first line (the address is free text, a line per line)",
    (c) => one(c.person.contact.address?.split("\n")[0]?.trim()),
    "no address is recorded for this person",
  ),
  ...Object.fromEntries(
    [2, 3, 4, 5].map((n) => [
      `Person demographics / Person's address / Address line ${n}`,
      mapped<PlanContext>(
        `person: contact address, line ${n} of the free text`,
        (c) => one(c.person.contact.address?.split("\n")[n - 1]?.trim()),
        `the recorded address has fewer than ${n} lines, or none is recorded`,
      ),
    ]),
  ),
  "Person demographics / Person's contact details / Person's telephone number details / Person's telephone number":
    m("person: contact phone", (c) => one(c.person.contact.phone), "no phone number is recorded"),
  "Person demographics / Person's contact details / Person's email address details / Person's email address":
    m("person: contact email", (c) => one(c.person.contact.email), "no email is recorded"),

  "About me / How I communicate and how to communicate with me / How I communicate and how to communicate with me":
    m(
      "person: preferred language and whether an interpreter is needed, in words",
      (c) => {
        const language =
          c.person.preferredLanguage === null
            ? []
            : [`Preferred language: ${c.person.preferredLanguage}`]
        return c.person.interpreterNeeded ? [...language, "An interpreter is needed"] : language
      },
      "no preferred language is recorded and no interpreter is needed",
    ),
  "About me / Also worth knowing about me / Also worth knowing about me": m(
    "person: their own statement, in their words, that goes with their record",
    (c) => one(c.person.ownStatement),
    "the person has not given a statement of their own",
  ),

  "Professional contacts / Professional contacts record entry / Name": m(
    "the journey's practitioner and adviser",
    (c) => [...one(c.journey.practitioner), ...one(c.journey.adviser)],
    "no practitioner or adviser is assigned yet",
  ),
  "Professional contacts / Professional contacts record entry / Role": m(
    "`practitioner`, `adviser` (in the order of the names)",
    (c) => [
      ...(c.journey.practitioner === null ? [] : ["practitioner"]),
      ...(c.journey.adviser === null ? [] : ["adviser"]),
    ],
    "no practitioner or adviser is assigned yet",
  ),
  "Professional contacts / Professional contacts record entry / Key worker": m(
    "the practitioner is the key worker: `Yes` for the practitioner, `No` for the adviser",
    (c) => [
      ...(c.journey.practitioner === null ? [] : ["Yes"]),
      ...(c.journey.adviser === null ? [] : ["No"]),
    ],
    "no practitioner or adviser is assigned yet",
  ),

  "Personal contacts / Personal contacts record entry / Name": m(
    "plan participants with the role `carer` or `other`",
    (c) => participants(c, ["carer", "other"]).map((p) => p.name),
    "no carer or other person took part in the plan",
  ),
  "Personal contacts / Personal contacts record entry / Relationship": m(
    "their participant role (`carer`, `other`)",
    (c) => participants(c, ["carer", "other"]).map((p) => p.role),
    "no carer or other person took part in the plan",
  ),

  "Care and support plan / Needs, concerns or problems / Free text": m(
    "the assessment: the impairment or illness the needs arise from, and the health needs recorded",
    (c) => [
      ...one(c.journey.assessment?.impairmentOrIllness),
      ...(c.journey.assessment?.healthNeeds ?? []),
    ],
    "no needs assessment is recorded on this journey (a carer's journey records the carer's assessment, which has no such text)",
  ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Coded value": m(
    "each outcome's domain (OpenPB's `outcome-domain` codes, not SNOMED CT)",
    (c) => outcomes(c).map((o) => o.domain),
    "a plan always has an outcome",
  ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Free text": m(
    "each outcome in the person's own words",
    (c) => outcomes(c).map((o) => o.inOwnWords),
    "a plan always has an outcome",
  ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Goal importance score":
    m(
      "each outcome's weight in goal attainment (1-9; 1 when not given)",
      (c) => outcomes(c).map((o) => String(o.weight ?? 1)),
      "a plan always has an outcome",
    ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / What / Coded value":
    m(
      "each plan line's spending category (OpenPB's `spending-category` codes)",
      (c) => lines(c).map((l) => l.category),
      "a plan always has a line",
    ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / What / Free text":
    m(
      "each plan line's description",
      (c) => lines(c).map((l) => l.description),
      "a plan always has a line",
    ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / Who / Name":
    m(
      "each plan line's provider, or `Arranged by the person` when they arrange it themselves",
      (c) =>
        lines(c).map((l) =>
          l.provider === null || l.provider === "" ? "Arranged by the person" : l.provider,
        ),
      "a plan always has a line",
    ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / When":
    m(
      "each plan line's units per period and frequency",
      (c) => lines(c).map((l) => `${l.unitsPerPeriod} units ${frequencyWords[l.frequency]}`),
      "a plan always has a line",
    ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / Status / Free text":
    m(
      "each line's state: the plan's (journey stage), or refused when the approver left it out",
      (c) => lines(c).map((l) => lineStatus(c, l)),
      "a plan always has a line",
    ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / Date last updated":
    m("when the plan version shown was created (ISO instant)", (c) => [c.plan.createdAt], ALWAYS),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / Review date":
    m("the journey's next review due date", (c) => one(c.journey.nextReviewDue), NO_REVIEW_DUE),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Outcomes / Free text": m(
    "each outcome's rating at the latest completed review that rated it (goal attainment -2 to +2, with the note)",
    (c) => outcomes(c).map((o) => latestProgress(c, o.id)),
    "no completed review has rated an outcome yet",
  ),
  "Care and support plan / Needs, concerns or problems / Goals and hopes / Goal status": m(
    "the plan's state, for every outcome (proposed, active, on hold, completed, cancelled)",
    (c) => outcomes(c).map(() => goalStatusWords[carePlanStatusOf(c.journey)]),
    "a plan always has an outcome",
  ),
  ...agreedWith("Care and support plan"),
  "Care and support plan / Care funding source / Coded value": m(
    "every funding source of the lines in force (before an approval: of the plan's lines): OpenPB's care funding source codes",
    (c) =>
      planFundingSources(
        c.journey,
        c.journey.approved === null ? lines(c) : approvedLinesOf(c.journey),
      ),
    "a plan always has a line",
  ),
  "Care and support plan / Care funding source / Free text": m(
    "the sources in words, then the approved budget's shares a year (cost of meeting needs; council; NHS; person's contribution) and its section 117 aftercare lines",
    (c) => {
      const sources = planFundingSources(
        c.journey,
        c.journey.approved === null ? lines(c) : approvedLinesOf(c.journey),
      ).map((s) => careFundingSourceWords[s])
      return [...sources, planFundingText(c.journey, c.plan.annualCostPence)]
    },
    ALWAYS,
  ),
  ...reviewOf("Care and support plan"),
  ...recordedBy("Care and support plan"),

  "Contingency/safety plans / Contingency plan name / Free text": m(
    "`Contingency plan`: OpenPB keeps one per plan",
    () => ["Contingency plan"],
    ALWAYS,
  ),
  "Contingency/safety plans / What should happen / Free text": m(
    "the contingency plan's steps, then its pre-agreed uplift (cap and longest duration) that needs no new assessment",
    (c) => {
      const contingency = c.plan.content.contingency
      const uplift =
        contingency.upliftCapPence > 0 && contingency.maxDurationDays > 0
          ? [
              `An uplift of up to £${pounds(contingency.upliftCapPence)} for up to ${contingency.maxDurationDays} days can be agreed without a new assessment`,
            ]
          : []
      return [...contingency.steps, ...uplift]
    },
    "the contingency plan has no steps and no uplift",
  ),
  "Contingency/safety plans / Who should be contacted / Name": m(
    "the contingency plan's crisis contacts",
    (c) => crisisContacts(c).map((x) => x.name),
    "no crisis contact is recorded",
  ),
  "Contingency/safety plans / Who should be contacted / Role": m(
    "each crisis contact's role (blank when not given)",
    (c) => crisisContacts(c).map((x) => x.role),
    "no crisis contact with a role is recorded",
  ),
  "Contingency/safety plans / Who should be contacted / Contact details": m(
    "each crisis contact's phone (blank when not given)",
    (c) => crisisContacts(c).map((x) => x.phone),
    "no crisis contact with a phone is recorded",
  ),
  ...agreedWith("Contingency/safety plans"),
  ...reviewOf("Contingency/safety plans"),
  ...recordedBy("Contingency/safety plans"),

  "Additional support plans / Additional support plan name / Free text": m(
    "one additional plan per risk enablement agreement: `Risk enablement: <the risk>`",
    (c) => risks(c).map((r) => `Risk enablement: ${r.risk}`),
    "the plan records no risk enablement agreement",
  ),
  "Additional support plans / Additional support plan content": m(
    "each agreement: what was agreed, and who does what",
    (c) => risks(c).map((r) => `${r.agreed} Who does what: ${r.whoDoesWhat}`),
    "the plan records no risk enablement agreement",
  ),
  ...reviewOf("Additional support plans"),
  ...recordedBy("Additional support plans"),
}

const EQUALITY =
  "held only for equality monitoring, with the person's consent for that purpose; never shared in a plan (as in the FHIR export)"

/** Elements OpenPB holds for another purpose and does not share in a plan. */
export const PCSP_WITHHELD: Partial<Record<PcspElement, string>> = {
  "Person demographics / Gender": EQUALITY,
  "Person demographics / Ethnicity": EQUALITY,
  "Person demographics / Sex": EQUALITY,
}

/**
 * Why OpenPB holds none of an element, by the longest group path that contains it. Every
 * element neither mapped nor withheld falls under one of these; the test checks that each
 * prefix names a group of the standard.
 */
export const PCSP_NOT_HELD: ReadonlyArray<readonly [prefix: string, reason: string]> = [
  ["Person demographics", "OpenPB does not record it"],
  [
    "Person demographics / Person's address / Postcode",
    "the address is free text: no postcode is recorded apart from it (mandatory in PRSB when an address is given)",
  ],
  ["GP practice", "OpenPB records no GP practice (as in the CLD return)"],
  [
    "About me",
    "OpenPB has no About Me record; the plan's outcomes (in the person's own words) are under Care and support plan",
  ],
  ["Professional contacts", NO_PROFESSIONAL_DETAIL],
  [
    "Personal contacts",
    "plan participants are recorded by name and role only (crisis contacts' phones are under Contingency/safety plans)",
  ],
  [
    "Formulation",
    "OpenPB holds no clinical formulation: it belongs to the NHS mental health record",
  ],
  [
    "Care and support plan / Strengths",
    "the assessment records outcomes the person cannot achieve, not strengths",
  ],
  [
    "Care and support plan / Needs, concerns or problems / Coded value",
    "needs are recorded as text, not coded",
  ],
  [
    "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities",
    "OpenPB records lines (what, who, when, status), not these details of them",
  ],
  [
    "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / Who",
    "a line names its provider only: no role, team or contact details",
  ],
  [
    "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / Stage goal",
    "OpenPB has no stage goals",
  ],
  [
    "Care and support plan / Needs, concerns or problems / Goals and hopes / Outcomes / Coded value",
    "a review's rating is goal attainment with a note, not a coded outcome",
  ],
  ["Care and support plan / Agreed with person or legitimate representative", NO_SIGN_OFF],
  [
    "Care and support plan / Other care planning documents",
    "OpenPB links no other care planning documents",
  ],
  ["Care and support plan / Responsibility for review", NO_PROFESSIONAL_DETAIL],
  ["Care and support plan / Location", NO_LOCATION],
  ["Care and support plan / Performing professional", NO_PROFESSIONAL_DETAIL],
  ["Care and support plan / Person completing record", NO_PROFESSIONAL_DETAIL],
  [
    "Contingency/safety plans",
    "OpenPB's contingency plan holds crisis contacts, steps and a pre-agreed uplift only",
  ],
  [
    "Contingency/safety plans / Trigger factors",
    "OpenPB's contingency plan records no trigger factors (mandatory in PRSB within a contingency plan: the practitioner must add them)",
  ],
  ["Contingency/safety plans / Agreed with person or legitimate representative", NO_SIGN_OFF],
  ["Contingency/safety plans / Responsibility for review", NO_PROFESSIONAL_DETAIL],
  ["Contingency/safety plans / Location", NO_LOCATION],
  ["Contingency/safety plans / Performing professional", NO_PROFESSIONAL_DETAIL],
  ["Contingency/safety plans / Person completing record", NO_PROFESSIONAL_DETAIL],
  [
    "Contingency/safety plans / Advance statement",
    "OpenPB records no advance statement (it belongs to the NHS mental health record)",
  ],
  [
    "Additional support plans",
    "a risk enablement agreement has a risk, what was agreed and who does what, nothing more",
  ],
  ["Additional support plans / Responsibility for review", NO_PROFESSIONAL_DETAIL],
  ["Additional support plans / Location", NO_LOCATION],
  ["Additional support plans / Performing professional", NO_PROFESSIONAL_DETAIL],
  ["Additional support plans / Person completing record", NO_PROFESSIONAL_DETAIL],
]

const notHeldReason = (element: string): string | undefined => {
  let best: readonly [string, string] | undefined
  for (const entry of PCSP_NOT_HELD) {
    const [prefix] = entry
    if (element === prefix || element.startsWith(`${prefix} / `)) {
      if (best === undefined || prefix.length > best[0].length) best = entry
    }
  }
  return best?.[1]
}

const sourceOf = (element: PcspElement): S => {
  const found = PCSP_MAPPED[element]
  if (found !== undefined) return found
  const reason = PCSP_WITHHELD[element]
  if (reason !== undefined) return withheld(reason)
  return notHeld(notHeldReason(element) ?? "")
}

/** Every element of the standard with its OpenPB source, in the standard's order. */
export const PRSB_FIELDS: ReadonlyArray<StandardField<PlanContext>> = PCSP_ELEMENTS.map(
  ([path, cardinality, flag]) => {
    const [section, ...rest] = path.split(" / ")
    return {
      section: section!,
      element: rest.join(" / "),
      cardinality,
      flag,
      source: sourceOf(path),
    }
  },
)
