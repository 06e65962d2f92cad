import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { inCouncilWords, nationalGlossary, withCouncilWords } from "../src/index.ts"

describe("the glossary in a council's words", () => {
  const glossary = withCouncilWords([
    { key: "personal-budget", term: "support budget" },
    { key: "wellbeing", term: "quality of life", definition: "How your life is going." },
  ])

  it("keeps every national term, renaming only what the council renames", () => {
    expect(glossary.map((t) => t.key)).toEqual(nationalGlossary.map((t) => t.key))
    expect(glossary.find((t) => t.key === "wellbeing")).toEqual({
      key: "wellbeing",
      nationalTerm: "wellbeing",
      term: "quality of life",
      definition: "How your life is going.",
    })
    expect(glossary.find((t) => t.key === "personal-budget")?.definition).toBe(
      nationalGlossary.find((t) => t.key === "personal-budget")?.definition,
    )
  })

  it("replaces whole terms only, keeping a capital at the start", () => {
    expect(inCouncilWords("Your personal budget is paused.", glossary)).toBe(
      "Your support budget is paused.",
    )
    expect(inCouncilWords("Personal budget: £100. Wellbeing matters.", glossary)).toBe(
      "Support budget: £100. Quality of life matters.",
    )
    expect(inCouncilWords("personal budgets and wellbeings", glossary)).toBe(
      "personal budgets and wellbeings",
    )
  })

  it("changes nothing where the council renames nothing", () => {
    const national = withCouncilWords([])
    fc.assert(fc.property(fc.string(), (text) => inCouncilWords(text, national) === text))
  })
})
