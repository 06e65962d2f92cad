import type {
  AdultAssessment,
  AdultOutcome,
  CarerAssessment,
  UnableSense,
} from "@openpb/plugin-sdk"

export const adult = (
  unable: ReadonlyArray<readonly [AdultOutcome, ReadonlyArray<UnableSense>]>,
  overrides: Partial<AdultAssessment> = {},
): AdultAssessment => ({
  period: { from: "2026-01-05", to: "2026-03-29" },
  needsAriseFromImpairmentOrIllness: true,
  impairmentOrIllness: "bipolar affective disorder",
  outcomes: unable.map(([outcome, unableSenses]) => ({ outcome, unableSenses, evidence: "notes" })),
  wellbeingImpact: "significant",
  wellbeingEvidence: "",
  healthNeeds: [],
  detentions: [],
  healthGrounds: [],
  views: { person: "", practitioner: "" },
  ...overrides,
})

export const carer = (overrides: Partial<CarerAssessment> = {}): CarerAssessment => ({
  period: { from: "2026-01-05", to: "2026-03-29" },
  needsAriseFromProvidingNecessaryCare: true,
  healthAtRiskOfDeteriorating: false,
  outcomes: [],
  wellbeingImpact: "significant",
  wellbeingEvidence: "",
  views: { person: "", practitioner: "" },
  ...overrides,
})
