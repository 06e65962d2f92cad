import {
  dialogAnswers,
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  notEligibleAssessment,
  referral,
  supportPlan,
} from "./fixtures.ts"
import type { JourneyApi } from "./journeyApi.ts"

export const expectEqual = (actual: unknown, expected: unknown, what: string) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

const review = (
  api: JourneyApi,
  journeyId: string,
  outcome: string,
  attainment: number,
  extra: Record<string, unknown> = {},
) =>
  api.step("startReview", { journeyId, trigger: "scheduled", ...extra }).then((j) => {
    expectEqual(j.stage, "under-review", "stage after starting a review")
    return api.step("completeReview", {
      journeyId,
      progress: [
        { outcomeId: "o1", attainment, note: "Meets a friend most weeks." },
        {
          outcomeId: "o2",
          attainment: Math.min(2, attainment + 1),
          note: "Cooks three times a week.",
        },
      ],
      measures: [dialogAnswers([5, 5, 4, 6, 5, 5, 4, 5, 6, 5, 5], ["accommodation"])],
      views: { person: "Things are better.", practitioner: "Good progress." },
      outcome,
      reasons: [
        outcome === "end"
          ? "Goals reached; moving on with confidence."
          : "The plan is working; carry on.",
      ],
      ...(outcome === "end" ? { endReason: "goals-reached-moving-on" } : {}),
    })
  })

/**
 * A person walked from referral to an active budget, the plan approved at panel, the stage
 * checked at each turn.
 */
export const toActiveBudget = async (
  api: JourneyApi,
  person: Record<string, unknown>,
  plan: typeof supportPlan | Record<string, unknown> = supportPlan,
) => {
  const registered = await api.registerPerson(person)
  let journey = await api.refer({ personId: registered.id, referral })
  expectEqual(journey.stage, "considering", "stage after referral")
  journey = await api.step("startAssessment", { journeyId: journey.id })
  journey = await api.step("recordAssessment", {
    journeyId: journey.id,
    assessment: eligibleAssessment,
  })
  journey = await api.step("recordFinancialAssessment", { journeyId: journey.id, financial })
  journey = await api.step("decideEligibility", { journeyId: journey.id })
  expectEqual(journey.stage, "eligibility-decided", "stage after the eligibility decision")
  journey = await api.step("setIndicativeBudget", { journeyId: journey.id })
  expectEqual(journey.stage, "indicative-budget", "stage after the indicative budget")
  journey = await api.step("draftPlan", { journeyId: journey.id, plan })
  journey = await api.step("recordDirectPaymentArrangements", {
    journeyId: journey.id,
    arrangements: directPaymentArrangements,
  })
  journey = await api.step("submitPlan", { journeyId: journey.id })
  expectEqual(journey.stage, "awaiting-approval", "stage after submitting the plan")
  journey = await api.step("decidePlan", {
    journeyId: journey.id,
    approve: true,
    reasons: ["The plan meets the eligible needs at a fair cost."],
    panelReference: "PANEL-2026-11",
  })
  expectEqual(journey.stage, "active", "stage after approval")
  return { person: registered, journey, budgetId: journey.budgetId! }
}

/**
 * Referral to a positive ending: assessment, eligibility, indicative budget, plan, approval,
 * two reviews, the second ending the budget because the goals were reached.
 */
export const positiveEnding = async (
  api: JourneyApi,
  personName: { givenName: string; familyName: string },
) => {
  const active = await toActiveBudget(api, {
    ...personName,
    dateOfBirth: "1985-03-02",
    nhsNumber: "9434765919",
  })
  const { person } = active
  let { journey } = active
  api.advanceDays(60)
  journey = await review(api, journey.id, "continue", 1, {
    reviewId: journey.reviews.find((r) => r.status === "due")?.id,
  })
  expectEqual(journey.stage, "active", "stage after the first review")
  // Goal attainment +1 and +2, unweighted: 50 + 10·3/√(0.7·2 + 0.3·4) = 50 + 30/√2.6 = 68.61.
  // DIALOG: life domains 39/8 = 4.875, treatment (6 + 5 + 5)/3 = 5.33.
  expectEqual(
    journey.reviews
      .find((r) => r.status === "completed")
      ?.measures?.map((m) => [m.instrument, m.figures, m.wantsHelpWith]),
    [
      ["goal-attainment-scaling", [{ name: "t-score", value: 68.61 }], []],
      [
        "dialog",
        [
          { name: "subjective-quality-of-life", value: 4.88 },
          { name: "treatment-satisfaction", value: 5.33 },
        ],
        ["accommodation"],
      ],
    ],
    "outcome measures scored at the first review",
  )
  api.advanceDays(300)
  journey = await review(api, journey.id, "end", 2)
  expectEqual(journey.stage, "ended", "stage after the second review")
  expectEqual(journey.ending?.reason, "goals-reached-moving-on", "ending reason")
  return { person, journey }
}

/**
 * Not eligible, challenged with success (upheld), then approved, suspended (a hospital stay),
 * resumed, and a contingency uplift that ends by itself.
 */
export const challengedAndFluctuating = async (
  api: JourneyApi,
  personName: { givenName: string; familyName: string },
) => {
  const person = await api.registerPerson({ ...personName, dateOfBirth: "1979-08-20" })
  let journey = await api.refer({ personId: person.id, referral })
  journey = await api.step("startAssessment", { journeyId: journey.id })
  journey = await api.step("recordAssessment", {
    journeyId: journey.id,
    assessment: notEligibleAssessment,
  })
  journey = await api.step("decideEligibility", { journeyId: journey.id })
  expectEqual(journey.stage, "not-eligible", "stage after a not-eligible decision")
  const refusal = await api.getDecision(journey.eligibilityDecisionId!)
  expectEqual(refusal.outcome, "not-eligible", "refusal outcome")
  if (!refusal.reasons.some((r) => r.criterion.endsWith("reg-2/1/b") && r.met === false)) {
    throw new Error("a not-eligible decision must say which condition failed")
  }
  const challenge = await api.lodgeChallenge({
    decisionId: refusal.id,
    grounds: "The assessment was done on a good day; on low days I cannot go out or see anyone.",
  })
  expectEqual(challenge.status, "lodged", "challenge status")
  const resolved = await api.resolveChallenge({
    challengeId: challenge.id,
    result: "upheld",
    reasons: [
      "Over the whole period the person could not achieve three outcomes: the original view was a good day.",
    ],
  })
  expectEqual(resolved.status, "upheld", "challenge result")
  journey = (await api.getJourney(journey.id)).journey
  expectEqual(journey.stage, "eligibility-decided", "stage after the overturn")
  const superseding = await api.getDecision(journey.eligibilityDecisionId!)
  expectEqual(superseding.supersedes, refusal.id, "the new decision supersedes the refusal")
  journey = await api.step("setIndicativeBudget", { journeyId: journey.id })
  journey = await api.step("draftPlan", { journeyId: journey.id, plan: supportPlan })
  journey = await api.step("recordDirectPaymentArrangements", {
    journeyId: journey.id,
    arrangements: directPaymentArrangements,
  })
  journey = await api.step("submitPlan", { journeyId: journey.id })
  journey = await api.step("decidePlan", {
    journeyId: journey.id,
    approve: true,
    reasons: ["Approved at panel."],
    panelReference: "PANEL-2026-12",
  })
  expectEqual(journey.stage, "active", "stage after approval")
  journey = await api.step("suspend", { journeyId: journey.id, reason: "a hospital stay" })
  expectEqual(journey.stage, "suspended", "stage during the hospital stay")
  api.advanceDays(10)
  journey = await api.step("resume", { journeyId: journey.id })
  expectEqual(journey.stage, "active", "stage after resuming")
  journey = await api.step("activateContingency", {
    journeyId: journey.id,
    upliftPence: 40_000,
    days: 7,
    reason: "a crisis after discharge",
  })
  if (journey.contingency === null) throw new Error("the contingency uplift was not applied")
  expectEqual(
    (await api.getJourney(journey.id)).contingencyActive,
    true,
    "uplift applies during its days",
  )
  api.advanceDays(8)
  expectEqual(
    (await api.getJourney(journey.id)).contingencyActive,
    false,
    "uplift has ended by itself",
  )
  const decisions = await api.decisionsOf(person.id)
  for (const decision of decisions) {
    if (
      decision.reasons.length === 0 ||
      decision.policy.version.length === 0 ||
      decision.challenge.how.length === 0
    ) {
      throw new Error(`decision ${decision.id} does not explain itself`)
    }
  }
  const kinds = new Set(decisions.map((d) => d.kind))
  for (const kind of [
    "eligibility",
    "challenge-outcome",
    "indicative-budget",
    "plan-approval",
    "suspension",
    "resumption",
    "contingency",
  ]) {
    if (!kinds.has(kind)) throw new Error(`no ${kind} decision was recorded`)
  }
  return { person, journey, decisions }
}

/**
 * Section 117 aftercare claimed after a section 2 detention alone (Mental Health Act 1983 s117
 * gives no aftercare right for an assessment detention): the plan line is refused with the
 * reason, and nothing is saved. Returns the refusal's message.
 */
export const aftercareAfterSectionTwo = async (
  api: JourneyApi,
  personName: { givenName: string; familyName: string },
) => {
  const person = await api.registerPerson(personName)
  let journey = await api.refer({ personId: person.id, referral })
  journey = await api.step("startAssessment", { journeyId: journey.id })
  journey = await api.step("recordAssessment", {
    journeyId: journey.id,
    assessment: { ...eligibleAssessment, detentions: ["section-2"] },
  })
  journey = await api.step("recordFinancialAssessment", { journeyId: journey.id, financial })
  journey = await api.step("decideEligibility", { journeyId: journey.id })
  journey = await api.step("setIndicativeBudget", { journeyId: journey.id })
  const aftercarePlan = {
    ...supportPlan,
    lines: supportPlan.lines.map((line, i) =>
      i === 0 ? { ...line, section117Aftercare: true } : line,
    ),
  }
  const refusal = await api.step("draftPlan", { journeyId: journey.id, plan: aftercarePlan }).then(
    () => {
      throw new Error("a section 117 line after a section 2 detention was accepted")
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  )
  const after = await api.getJourney(journey.id)
  expectEqual(after.journey.plans.length, 0, "plans saved after the refusal")
  expectEqual(after.journey.version, journey.version, "journey version after the refusal")
  return refusal
}

export const rejects = async (attempt: Promise<unknown>, what: string) => {
  const refused = await attempt.then(
    () => false,
    () => true,
  )
  if (!refused) throw new Error(`${what} should have been refused`)
}

/**
 * An approved budget challenged with success: the budget rises from the effective date the
 * reviewer sets, the allocations already posted since then are topped up (new postings, none
 * edited), later periods come at the new amount, and the original approval cannot be challenged
 * again. Then a surplus proposal challenged with success is withdrawn and cannot be recovered.
 */
export const challengedBudget = async (
  api: JourneyApi,
  personName: { givenName: string; familyName: string },
) => {
  const { journey, budgetId } = await toActiveBudget(api, {
    ...personName,
    dateOfBirth: "1990-06-14",
  })
  const originalApproval = journey.approved!.decisionId
  await api.ledger("allocateDue", { budgetId })
  api.advanceDays(14)
  await api.ledger("allocateDue", { budgetId })
  const before = await api.budget(budgetId)
  const stream = before.fundingStreams[0]!.stream
  const allocatedIn = async (start: string) =>
    (await api.postings(budgetId))
      .filter((p) => p.kind === "allocation" && p.effectiveDate === start)
      .flatMap((p) => p.entries)
      .filter((e) => e.account === `allocated:${stream}`)
      .reduce((total, e) => total + e.amountPence, 0)
  const periodStarts = [
    ...new Set(
      (await api.postings(budgetId))
        .filter((p) => p.idempotencyKey.startsWith("alloc:"))
        .map((p) => p.effectiveDate),
    ),
  ].sort()
  expectEqual(periodStarts.length, 3, "weekly periods allocated on days 0, 7 and 14")
  const firstPeriod = await allocatedIn(periodStarts[0]!)

  const challenge = await api.lodgeChallenge({
    decisionId: originalApproval,
    grounds: "The plan's costs leave out the support I need in the evenings.",
  })
  const raise = 52_000
  const resolved = await api.resolveChallenge({
    challengeId: challenge.id,
    result: "upheld",
    reasons: ["The evening support was assessed but left out of the costs."],
    newAmountPence: before.amountPence + raise,
    effectiveFrom: periodStarts[1],
  })
  expectEqual(resolved.status, "upheld", "challenge result")
  const after = await api.budget(budgetId)
  expectEqual(after.amountPence, before.amountPence + raise, "budget after the challenge")
  const topUps = (await api.postings(budgetId)).filter((p) => p.idempotencyKey.startsWith("topup:"))
  expectEqual(
    topUps.map((p) => p.effectiveDate).sort(),
    periodStarts.slice(1),
    "top-ups for the periods from the effective date",
  )
  const now = (await api.getJourney(journey.id)).journey
  const approval = await api.getDecision(now.approved!.decisionId)
  expectEqual(approval.supersedes, originalApproval, "the new approval supersedes the original")
  await rejects(
    api.lodgeChallenge({ decisionId: originalApproval, grounds: "Again." }),
    "a challenge to a superseded decision",
  )

  api.advanceDays(7)
  const later = (await api.ledger("allocateDue", { budgetId })).find(
    (p) => !periodStarts.includes(p.effectiveDate),
  )
  if (later === undefined) throw new Error("the period after the change was not allocated")
  const fullNewPeriod = await allocatedIn(later.effectiveDate)
  for (const start of periodStarts.slice(1))
    expectEqual(await allocatedIn(start), fullNewPeriod, `period from ${start} at the new amount`)
  if (!(firstPeriod < fullNewPeriod)) throw new Error("the period before the change was raised")

  // A surplus builds up in the direct-payment account and is proposed for recovery.
  const today = later.effectiveDate
  const surplus = Math.round(after.fundingStreams[0]!.amountPence / 2)
  await api.ledger("allocate", {
    budgetId,
    idempotencyKey: "scenario-surplus",
    stream,
    amountPence: surplus,
    date: today,
  })
  await api.ledger("pay", {
    budgetId,
    idempotencyKey: "scenario-surplus-paid",
    stream,
    mechanism: "direct-payment",
    amountPence: surplus,
    date: today,
    payee: "Direct payment account",
  })
  const proposal = await api.ledger("checkSurplus", { budgetId, stream })
  expectEqual(proposal.outcome, "proposed-recovery", "the monitoring proposal")
  const objection = await api.lodgeChallenge({
    decisionId: proposal.id,
    grounds: "The money is set aside for respite booked next month.",
  })
  const withdrawn = await api.resolveChallenge({
    challengeId: objection.id,
    result: "upheld",
    reasons: ["The respite booking accounts for the balance."],
  })
  expectEqual(withdrawn.status, "upheld", "challenge to the proposal")
  api.advanceDays(60)
  await rejects(
    api.ledger("confirmRecovery", { budgetId, decisionId: proposal.id }),
    "recovering a withdrawn proposal",
  )
  return { budgetId, topUps: topUps.length }
}
