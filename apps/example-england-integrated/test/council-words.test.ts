import {
  Actor,
  Contracts,
  CouncilId,
  decideEligibility,
  getDecision,
  getDecisionLetter,
  getGlossary,
  listDecisions,
  recordAssessment,
  referPerson,
  registerPerson,
  startAssessment,
} from "@openpb/core"
import { eligibleAssessment, referral } from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs } from "@openpb/store/testing"
import { Layer } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { ashcombe, COUNCIL_ID } from "../src/deployment.ts"

const runtime = makeTestManagedRuntime(Layer.orDie(ashcombe.layer))
afterAll(() => runtime.dispose())
const run = runAs(
  runtime,
  new Actor({
    subject: "words-test",
    roles: ["council-admin"],
    councilId: CouncilId.make(COUNCIL_ID),
  }),
)

describe("Ashcombe's own words", () => {
  it("reads an eligibility decision's reasons and its letter in the council's words, and lists them in its glossary", async () => {
    const person = await run(registerPerson({ givenName: "Words", familyName: "Case" }))
    const journey = await run(referPerson({ personId: person.id, referral }))
    await run(startAssessment({ journeyId: journey.id }))
    await run(recordAssessment({ journeyId: journey.id, assessment: eligibleAssessment }))
    const decided = await run(decideEligibility({ journeyId: journey.id }))
    const decision = await run(getDecision({ decisionId: decided.eligibilityDecisionId! }))
    const reasons = decision.reasons.map((r) => r.text).join(" ")
    // The plugin's words stand where the national ones did, in the reasons and in the letter.
    expect(reasons).toContain("of the everyday things the law lists")
    expect(reasons).toContain("quality of life")
    expect(reasons).not.toMatch(/specified outcomes|wellbeing/i)
    const listed = await run(listDecisions({ personId: person.id }))
    expect(listed.find((d) => d.id === decision.id)?.reasons).toEqual(decision.reasons)
    const letter = await run(getDecisionLetter({ decisionId: decision.id }))
    expect(letter.html).toContain("everyday things the law lists")
    expect(letter.html).toContain("a significant impact on quality of life")
    expect(letter.html).not.toMatch(/specified outcomes/i)

    // A replay compares the policy's own words, and shows the council's: still the same decision.
    const replay = await run(Contracts.ReplayDecision.run({ decisionId: decision.id }))
    expect(replay.same).toBe(true)
    expect(replay.recordedReasons).toEqual(decision.reasons)

    const glossary = await run(getGlossary({}))
    expect(glossary.find((t) => t.key === "personal-budget")).toMatchObject({
      term: "Ashcombe support budget",
      nationalTerm: "personal budget",
    })
    // A term the council did not rename keeps the national word and definition.
    expect(glossary.find((t) => t.key === "direct-payment")?.term).toBe("direct payment")
  }, 60_000)
})
