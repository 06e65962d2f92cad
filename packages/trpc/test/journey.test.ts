import { Actor, CouncilId } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  aftercareAfterSectionTwo,
  challengedAndFluctuating,
  challengedBudget,
  directPaymentsEnded,
  mixedBudget,
  type JourneyApi,
  type LedgerStep,
  type LedgerSteps,
  positiveEnding,
} from "@openpb/scenarios"
import {
  makeTestClock,
  makeTestManagedRuntime,
  runAs,
  testDatabaseKind,
} from "@openpb/store/testing"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { appRouter } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "journey-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "panel-chair", roles: ["approver"], councilId })
const finance = new Actor({ subject: "finance-officer", roles: ["finance"], councilId })

const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
beforeAll(() => runtime.runPromise(Effect.void))
afterAll(() => runtime.dispose())

const trpcJourneyApi = (): JourneyApi => {
  const time = makeTestClock()
  const runAsActor = (actor: Actor) => runAs(runtime, actor, time.clock)
  const caller = (actor: Actor) =>
    appRouter.createCaller({ run: runAsActor(actor), requestId: "journey-test" })
  const asAdmin = caller(admin)
  return {
    registerPerson: (input) => asAdmin.person.register(input as never),
    refer: (input) => asAdmin.journey.refer(input as never),
    step: (name, input) =>
      (name === "decidePlan" ? caller(approver) : asAdmin).journey[name](input as never),
    getJourney: (journeyId) => asAdmin.journey.get({ journeyId }),
    getDecision: (decisionId) => asAdmin.decision.get({ decisionId }),
    decisionsOf: (personId) => asAdmin.decision.ofPerson({ personId }),
    lodgeChallenge: (input) => asAdmin.challenge.lodge(input as never),
    resolveChallenge: (input) => caller(approver).challenge.resolve(input as never),
    budget: (budgetId) => asAdmin.budget.get({ budgetId }),
    statement: (budgetId, from, to) => caller(finance).ledger.statement({ budgetId, from, to }),
    postings: (budgetId) => caller(finance).ledger.history({ budgetId }),
    ledger: (name, input) => {
      const ledger = caller(finance).ledger
      const steps: { [K in LedgerStep]: (input: never) => Promise<LedgerSteps[K]> } = {
        allocate: ledger.allocate,
        allocateDue: ledger.allocateDue,
        pay: ledger.pay,
        checkSurplus: ledger.checkSurplus,
        confirmRecovery: ledger.confirmRecovery,
      }
      return steps[name](input as never)
    },
    advanceDays: time.advanceDays,
  }
}

describe(`the journey through tRPC on ${testDatabaseKind()}`, () => {
  it("reads a plan held two ways as a mixed budget, its statement split by mechanism in pence", async () => {
    await mixedBudget(trpcJourneyApi(), { givenName: "Nia", familyName: "Mixed" })
  })

  it("stops direct payments with notice and a managed alternative before any money returns", async () => {
    const { returnedPence } = await directPaymentsEnded(trpcJourneyApi(), {
      givenName: "Ada",
      familyName: "Mensah",
    })
    expect(returnedPence).toBe(5_000)
  })

  it("walks a person to a positive ending with two reviews", async () => {
    const { journey } = await positiveEnding(trpcJourneyApi(), {
      givenName: "Amara",
      familyName: "Okafor",
    })
    expect(journey.stage).toBe("ended")
    expect(journey.reviews.filter((r) => r.status === "completed")).toHaveLength(2)
  })

  it("refuses a section 117 line after a section 2 detention alone, with the reason, saving nothing", async () => {
    const refusal = await aftercareAfterSectionTwo(trpcJourneyApi(), {
      givenName: "Idris",
      familyName: "Khan",
    })
    expect(refusal).toContain("plan.lines.0.section117Aftercare")
    expect(refusal).toContain("records only section 2")
  })

  it("raises an approved budget on a challenge that succeeds, with top-ups from its effective date, and withdraws a challenged surplus proposal", async () => {
    const { topUps } = await challengedBudget(trpcJourneyApi(), {
      givenName: "Malik",
      familyName: "Hassan",
    })
    expect(topUps).toBe(2)
  })

  it("walks a person through not-eligible, challenge, overturn, approval, suspension, resumption and an expiring contingency", async () => {
    const { decisions } = await challengedAndFluctuating(trpcJourneyApi(), {
      givenName: "Tomasz",
      familyName: "Nowak",
    })
    expect(decisions.length).toBeGreaterThanOrEqual(8)
  })
})
