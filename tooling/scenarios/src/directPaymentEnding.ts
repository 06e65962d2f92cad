import type { JourneyApi } from "./journeyApi.ts"
import { expectEqual, rejects, toActiveBudget } from "./scenarios.ts"

const alternative = {
  mechanism: "third-party",
  arrangedBy: "Northmere Support Brokerage (an individual service fund)",
  personAgreed: true,
}

/**
 * Direct payments stopped as the law asks: notice (four weeks) with a managed alternative that
 * keeps the support going, nothing returned before the notice has run and the underspend has
 * been talked through, then what is left goes back and the lines move to the alternative.
 */
export const directPaymentsEnded = async (
  api: JourneyApi,
  personName: { givenName: string; familyName: string },
) => {
  const { journey, budgetId } = await toActiveBudget(api, personName)
  const [firstAllocation] = await api.ledger("allocateDue", { budgetId })
  const paid = await api.ledger("pay", {
    budgetId,
    idempotencyKey: "dp-ending-pay",
    stream: "council-social-care",
    mechanism: "direct-payment",
    amountPence: 5_000,
    date: firstAllocation!.effectiveDate,
    payee: "Direct payment account",
  })
  expectEqual(paid.kind, "payment", "money paid into the account")

  const noticed = await api.step("giveDirectPaymentNotice", {
    journeyId: journey.id,
    reason: "persons-request",
    explanation: "You told us that running the account has become too much for now.",
    alternative,
  })
  const ending = noticed.directPaymentEnding!
  const notice = await api.getDecision(ending.noticeDecisionId)
  expectEqual(notice.outcome, "notice-given", "the notice decision")
  expectEqual(
    notice.reasons.find((r) => r.criterion === "direct-payment-ending/alternative")?.met,
    true,
    "the managed alternative the person agreed to",
  )
  const postingsAtNotice = (await api.postings(budgetId)).length
  await rejects(
    api.step("completeDirectPaymentEnding", { journeyId: journey.id }),
    "returning money before the notice has run",
  )
  api.advanceDays(28)
  await rejects(
    api.step("completeDirectPaymentEnding", { journeyId: journey.id }),
    "returning money before the underspend has been talked through",
  )
  expectEqual((await api.postings(budgetId)).length, postingsAtNotice, "no money moved yet")
  await api.step("recordUnderspendDiscussion", {
    journeyId: journey.id,
    withWhom: "The person and her care coordinator",
    summary: "£50 is left: the first week's money had not been spent yet.",
  })
  const ended = await api.step("completeDirectPaymentEnding", { journeyId: journey.id })
  expectEqual(ended.directPaymentEnding?.completed?.returnedPence, 5_000, "returned, to the penny")
  const returned = (await api.postings(budgetId)).find(
    (p) => p.idempotencyKey === `direct-payment-ending:${ending.noticeDecisionId}`,
  )
  expectEqual(
    returned?.entries.find((e) => e.account === "returned:council-social-care")?.amountPence,
    5_000,
    "the posting that returns it",
  )
  const inForce = ended.plans.find((p) => p.version === ended.approved?.planVersion)
  expectEqual(
    inForce?.content?.lines.map((l) => l.deliveryMechanism),
    ["third-party", "third-party"],
    "the plan's lines now held by the third party",
  )
  expectEqual(ended.stage, "active", "the support carries on")
  return { returnedPence: ended.directPaymentEnding?.completed?.returnedPence }
}
