import {
  Actor,
  ConsentScope,
  CouncilId,
  CurrentActor,
  type DeploymentServices,
  PersonId,
  type Role,
} from "@openpb/core"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { appRouter } from "@openpb/trpc"
import { Effect, type ManagedRuntime } from "effect"

/**
 * Who stands around a person: the subjects of their practitioner, adviser, consenting carer and
 * the provider their approved plan contracts for one line (`contractedLineId`).
 */
export interface CircleMembers {
  readonly practitioner: string
  readonly adviser: string
  readonly carer: string
  readonly provider: string
}

/** A second carer of each circle, whom the person lets view their plan and money only. */
export const viewOnlySubject = (carer: string) => `${carer}-views`
export const viewOnlyScopes: ReadonlyArray<ConsentScope> = ["view-plan", "view-money"]

/** The line of the seeded plan contracted to the circle's provider; the other line is not. */
export const contractedLineId = "l2"
export const uncontractedLineId = "l1"

/** One person's records, at the stages and in the states the matrix's probes need. */
export interface Circle {
  readonly councilId: string
  readonly members: CircleMembers
  readonly personId: string
  /** Approved and running: budget, allocation schedule, postings, decisions. */
  readonly activeJourneyId: string
  /** Declined at the start: a closed journey. */
  readonly closedJourneyId: string
  readonly activeBudgetId: string
  readonly postingId: string
  /** A budget created but never opened (indicative): nothing can be posted to it. */
  readonly idleBudgetId: string
  readonly eligibilityDecisionId: string
  /** A challenge already resolved. */
  readonly closedChallengeId: string
  readonly consentingCarerId: string
  readonly unconsentedCarerId: string
}

export const actorOf = (councilId: string, subject: string, role: Role, personId?: string): Actor =>
  new Actor({
    subject,
    roles: [role],
    councilId: CouncilId.make(councilId),
    ...(personId ? { personId: PersonId.make(personId) } : {}),
  })

/** The council's system jobs, calling the use cases directly (no token, no HTTP). */
export const systemOf = (
  runtime: ManagedRuntime.ManagedRuntime<DeploymentServices, unknown>,
  councilId: string,
) =>
  appRouter.createCaller({
    run: (effect) =>
      runtime.runPromise(
        Effect.provideService(effect, CurrentActor, actorOf(councilId, "seed", "system")),
      ),
    requestId: "seed",
  })

/** Seeds one person's records through the use cases, as the council's system jobs would. */
export const seedCircle = async (
  runtime: ManagedRuntime.ManagedRuntime<DeploymentServices, unknown>,
  councilId: string,
  name: string,
  members: CircleMembers,
): Promise<Circle> => {
  const system = systemOf(runtime, councilId)
  const person = await system.person.register({ givenName: name, familyName: "Matrix" })
  const personId = person.id
  const assigned = { practitioner: members.practitioner, adviser: members.adviser }

  const closed = await system.journey.refer({ personId, referral, ...assigned })
  await system.journey.decline({ journeyId: closed.id, reason: "Not now, thank you" })

  const opened = await system.journey.refer({ personId, referral, ...assigned })
  const journeyId = opened.id
  await system.journey.startAssessment({ journeyId })
  await system.journey.recordAssessment({ journeyId, assessment: eligibleAssessment } as never)
  await system.journey.recordFinancialAssessment({ journeyId, financial })
  await system.journey.decideEligibility({ journeyId })
  await system.journey.setIndicativeBudget({ journeyId })
  const plan = {
    ...supportPlan,
    lines: supportPlan.lines.map((line) =>
      line.id === contractedLineId ? { ...line, providerId: members.provider } : line,
    ),
  }
  await system.journey.draftPlan({ journeyId, plan } as never)
  await system.journey.recordDirectPaymentArrangements({
    journeyId,
    arrangements: directPaymentArrangements,
  })
  await system.journey.submitPlan({ journeyId })
  const active = await system.journey.decidePlan({
    journeyId,
    approve: true,
    reasons: ["The plan meets the eligible needs."],
    panelReference: "PANEL-MATRIX",
  })
  if (active.stage !== "active" || !active.budgetId || !active.eligibilityDecisionId) {
    throw new Error(`seeding stopped at ${active.stage}`)
  }

  const allocation = await system.ledger.allocate({
    budgetId: active.budgetId,
    idempotencyKey: "matrix-seed-allocation",
    stream: "council-social-care",
    amountPence: 50_000,
    date: "2026-01-05",
  })
  await system.ledger.pay({
    budgetId: active.budgetId,
    idempotencyKey: "matrix-seed-payment",
    stream: "council-social-care",
    mechanism: "direct-payment",
    amountPence: 20_000,
    date: "2026-01-06",
    payee: "Direct payment account",
  })

  const challenge = await system.challenge.lodge({
    decisionId: active.eligibilityDecisionId,
    grounds: "The assessment missed my low days.",
  })
  await system.challenge.resolve({
    challengeId: challenge.id,
    result: "not-upheld",
    reasons: ["The assessment covered low and better days."],
  })

  const consenting = await system.carer.add({
    personId,
    name: "Consenting carer",
    relationship: "sister",
    subject: members.carer,
  })
  // Every scope, so the matrix can read a carer's reach straight from the access table.
  await system.carer.setConsent({ carerId: consenting.id, scopes: ConsentScope.literals })
  const viewer = await system.carer.add({
    personId,
    name: "Carer who keeps an eye",
    relationship: "cousin",
    subject: viewOnlySubject(members.carer),
  })
  await system.carer.setConsent({ carerId: viewer.id, scopes: viewOnlyScopes })
  const unconsented = await system.carer.add({
    personId,
    name: "Carer without consent",
    relationship: "brother",
    subject: `${members.carer}-brother`,
  })

  const idle = await system.budget.create({
    personId,
    amountPence: 1_000,
    fundingStreams: [{ stream: "council-social-care", amountPence: 1_000 }],
    deliveryMechanism: "notional",
  })

  return {
    councilId,
    members,
    personId,
    activeJourneyId: journeyId,
    closedJourneyId: closed.id,
    activeBudgetId: active.budgetId,
    postingId: allocation.id,
    idleBudgetId: idle.id,
    eligibilityDecisionId: active.eligibilityDecisionId,
    closedChallengeId: challenge.id,
    consentingCarerId: consenting.id,
    unconsentedCarerId: unconsented.id,
  }
}
