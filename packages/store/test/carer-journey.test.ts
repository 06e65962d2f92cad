import { afterAll, assert, describe, it } from "vitest"
import {
  Actor,
  assessCarer,
  CouncilId,
  decideEligibility,
  decidePlan,
  draftPlan,
  getBudget,
  getDecision,
  lodgeChallenge,
  PersonId,
  recordAssessment,
  recordDirectPaymentArrangements,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  carersPlan,
  directPaymentArrangements,
  eligibleCarerAssessment,
  financial,
  notEligibleAssessment,
  referral,
} from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "carers-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "carers-approver", roles: ["approver"], councilId })
const tagOf = (error: { _tag?: string }) => error._tag

describe(`a carer's own journey, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asAdmin = runAs(runtime, admin)

  it("belongs to the carer: their assessment, decision, plan and budget, standing apart from the cared-for person's", async () => {
    const mother = await asAdmin(registerPerson({ givenName: "Grace", familyName: "Okafor" }))
    const daughter = await asAdmin(registerPerson({ givenName: "Ruth", familyName: "Okafor" }))
    const asMother = runAs(
      runtime,
      new Actor({ subject: "grace", roles: ["person"], councilId, personId: mother.id }),
    )
    const asDaughter = runAs(
      runtime,
      new Actor({
        subject: "ruth",
        roles: ["person", "carer"],
        councilId,
        personId: PersonId.make(daughter.id),
      }),
    )

    // The mother's own journey: her needs are not eligible.
    const hers = await asAdmin(referPerson({ personId: mother.id, referral }))
    await asAdmin(startAssessment({ journeyId: hers.id }))
    await asAdmin(recordAssessment({ journeyId: hers.id, assessment: notEligibleAssessment }))
    assert.strictEqual(
      (await asAdmin(decideEligibility({ journeyId: hers.id }))).stage,
      "not-eligible",
    )

    // The daughter's journey as her carer.
    const carers = await asAdmin(
      referPerson({
        personId: daughter.id,
        referral: { ...referral, source: "carer" },
        caresFor: mother.id,
      }),
    )
    assert.strictEqual(carers.personId, daughter.id)
    assert.strictEqual(carers.caresFor, mother.id)
    // One carer's journey at a time.
    const again = await asAdmin(
      referPerson({ personId: daughter.id, referral, caresFor: mother.id }),
    ).catch(tagOf)
    assert.strictEqual(again, "JourneyAlreadyOpen")
    await asAdmin(startAssessment({ journeyId: carers.id }))
    // An adult's assessment does not belong on a carer's journey, nor a carer's on an adult's.
    assert.strictEqual(
      await asAdmin(
        recordAssessment({ journeyId: carers.id, assessment: notEligibleAssessment }),
      ).catch(tagOf),
      "IllegalTransition",
    )
    assert.strictEqual(
      await asAdmin(assessCarer({ journeyId: hers.id, assessment: eligibleCarerAssessment })).catch(
        tagOf,
      ),
      "MissingStep",
    )

    const decision = await asAdmin(
      assessCarer({ journeyId: carers.id, assessment: eligibleCarerAssessment }),
    )
    // The carer is eligible while the person she cares for is not: each decision stands.
    assert.strictEqual(decision.kind, "carer-eligibility")
    assert.strictEqual(decision.outcome, "eligible")
    assert.strictEqual(decision.personId, daughter.id)

    // The carer reads and challenges her own decision; the person she cares for cannot read it.
    assert.strictEqual((await asDaughter(getDecision({ decisionId: decision.id }))).id, decision.id)
    const challenge = await asDaughter(
      lodgeChallenge({
        decisionId: decision.id,
        grounds: "The break I need is weekly, not monthly.",
      }),
    )
    assert.strictEqual(challenge.personId, daughter.id)
    assert.strictEqual(
      await asMother(getDecision({ decisionId: decision.id })).catch(tagOf),
      "Forbidden",
    )

    // Carers are not charged under the default policy, whatever their means.
    const charged = await asAdmin(
      recordFinancialAssessment({
        journeyId: carers.id,
        financial: { ...financial, weeklyIncomePence: 90_000 },
      }),
    )
    assert.strictEqual(charged.financial?.weeklyContributionPence, 0)

    // The carer's indicative amount is the practitioner's, with its reasons.
    assert.strictEqual(
      await asAdmin(setIndicativeBudget({ journeyId: carers.id })).catch(tagOf),
      "InvalidInput",
    )
    const indicative = await asAdmin(
      setIndicativeBudget({
        journeyId: carers.id,
        carersBudget: {
          annualAmountPence: 72_000,
          reasons: ["A sitting service one evening a month keeps Ruth caring and working."],
        },
      }),
    )
    const budget = await asAdmin(getBudget({ budgetId: indicative.budgetId! }))
    assert.strictEqual(budget.personId, daughter.id)
    assert.strictEqual(budget.amountPence, 72_000)

    await asAdmin(
      recordDirectPaymentArrangements({
        journeyId: carers.id,
        arrangements: directPaymentArrangements,
      }),
    )
    await asAdmin(draftPlan({ journeyId: carers.id, plan: carersPlan }))
    await asAdmin(submitPlan({ journeyId: carers.id }))
    const active = await runAs(
      runtime,
      approver,
    )(decidePlan({ journeyId: carers.id, approve: true, reasons: ["meets the carer's outcomes"] }))
    assert.strictEqual(active.stage, "active")
    const running = await asDaughter(getBudget({ budgetId: active.budgetId! }))
    assert.strictEqual(running.status, "active")
    assert.strictEqual(running.personId, daughter.id)

    // The daughter may also have a journey of her own as an adult.
    const ownJourney = await asAdmin(referPerson({ personId: daughter.id, referral }))
    assert.isUndefined(ownJourney.caresFor)
  })
})
