import { MeasureAnswers } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { lifeDomains, scoreDialog, treatmentAspects } from "../src/index.ts"

// Priebe S. et al. (2007) "Structured patient-clinician communication and 1-year outcome in
// community mental healthcare", British Journal of Psychiatry 191: 420-426; the DIALOG scale
// (ELFT): eight life domains and three treatment aspects rated 1-7, each with "do you want more
// help?"; the mean of the eight is subjective quality of life, the mean of the three treatment
// satisfaction.
const answers = (
  rating: (item: string, i: number) => number,
  help: ReadonlyArray<string> = [],
): MeasureAnswers =>
  Schema.decodeUnknownSync(MeasureAnswers)({
    instrument: "dialog",
    items: [...lifeDomains, ...treatmentAspects].map((item, i) => ({
      item,
      value: rating(item, i),
      wantsHelp: help.includes(item),
    })),
  })

describe("DIALOG", () => {
  it("gives the mean of the eight life domains and of the three treatment aspects", () => {
    // Life domains rated 1..8 → capped at 7 for the eighth: 1+2+3+4+5+6+7+7 = 35, mean 4.375.
    // Treatment rated 5, 6, 4: mean 5.
    const ratings = [1, 2, 3, 4, 5, 6, 7, 7, 5, 6, 4]
    const scored = scoreDialog(
      answers((_, i) => ratings[i] as number, ["accommodation", "medication"]),
    )
    expect(scored.problems).toEqual([])
    expect(scored.figures).toEqual([
      { name: "subjective-quality-of-life", value: 4.38 },
      { name: "treatment-satisfaction", value: 5 },
    ])
    expect(scored.wantsHelpWith).toEqual(["accommodation", "medication"])
    expect(scored.reasons[0].text).toContain("More help wanted with: accommodation, medication")
  })

  it("names every problem: an unknown item, a rating outside 1-7, a missing item", () => {
    const complete = answers(() => 4)
    const broken = Schema.decodeUnknownSync(MeasureAnswers)({
      ...complete,
      items: [
        { item: "mood", value: 4 },
        ...complete.items.slice(1).map((a) => (a.item === "friendships" ? { ...a, value: 0 } : a)),
      ],
    })
    const scored = scoreDialog(broken)
    expect(scored.figures).toEqual([])
    expect(scored.problems).toEqual([
      "mood is not a DIALOG item",
      "friendships is rated 0: DIALOG ratings run from 1 to 7",
      "mental-health is not answered",
    ])
  })
})
