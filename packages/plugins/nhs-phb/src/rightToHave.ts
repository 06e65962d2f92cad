import {
  type AdultAssessment,
  detentionName,
  type Reason,
  type RightToHaveGround,
  section117Grounds,
} from "@openpb/plugin-sdk"

const groundText: Record<RightToHaveGround, string> = {
  "section-117-aftercare": "section 117 aftercare",
  "continuing-healthcare": "NHS Continuing Healthcare (a right since 1 October 2014)",
  "childrens-continuing-care": "children's continuing care (a right since 1 October 2014)",
  wheelchair: "an NHS wheelchair: a personal wheelchair budget (a right since 2 December 2019)",
}

/**
 * The legal right to have a personal health budget (National Health Service Commissioning
 * Board and Clinical Commissioning Groups (Responsibilities and Standing Rules) Regulations
 * 2012, as amended 2014 and 2019): continuing healthcare, children's continuing care, s117
 * aftercare and wheelchairs. Other groups get one at the ICB's discretion, outside this rule.
 */
export const rightToHave = (assessment: AdultAssessment) => {
  const s117 = section117Grounds(assessment.detentions)
  const recorded = assessment.healthGrounds.filter((g) => g !== "section-117-aftercare")
  const grounds: Array<RightToHaveGround> = [
    ...(s117.length > 0 ? (["section-117-aftercare"] as const) : []),
    ...new Set(recorded),
  ]
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "nhs/phb/right-to-have/s117",
      met: s117.length > 0,
      text:
        s117.length > 0
          ? `Detention under ${s117.map(detentionName).join(", ")} gives section 117 aftercare, and with it a right to have a personal health budget.`
          : assessment.detentions.includes("section-2")
            ? "A detention under section 2 is for assessment and does not give rise to section 117 aftercare."
            : "No detention giving rise to section 117 aftercare is recorded.",
    },
    ...[...new Set(recorded)].map((ground) => ({
      criterion: `nhs/phb/right-to-have/${ground}`,
      met: true,
      text: `Eligible for ${groundText[ground]}: a right to have a personal health budget.`,
    })),
  ]
  if (assessment.healthGrounds.includes("section-117-aftercare") && s117.length === 0)
    reasons.push({
      criterion: "nhs/phb/right-to-have/s117-unsupported",
      met: false,
      text: "Section 117 aftercare was recorded, but no qualifying detention is: the detention needs recording first.",
    })
  return { rightToHave: grounds.length > 0, grounds, reasons }
}
