import type { DecisionKind, DecisionOutcome } from "../decisions/Decision.ts"

/** The heading of a decision's letter, by what kind of decision it is. */
export const letterTitle: Record<DecisionKind, string> = {
  eligibility: "Our decision about your eligibility for care and support",
  "carer-eligibility": "Our decision about your eligibility for support as a carer",
  "financial-assessment": "Our decision about what you pay towards your support",
  "indicative-budget": "Your indicative budget: the amount to plan with",
  "plan-approval": "Our decision about your support plan",
  "plan-line-refusal": "Our decision about one part of your support plan",
  "review-outcome": "What your review decided",
  contingency: "Our decision about extra support in a crisis",
  clawback: "Our check of your direct-payment account",
  suspension: "Your personal budget is paused",
  resumption: "Your personal budget starts again",
  ending: "Your personal budget has ended",
  "direct-payment-ending": "About your direct payments",
  "challenge-outcome": "What we decided about your challenge",
}

/** What was decided, in one plain sentence, by outcome. */
export const letterSummary: Record<DecisionOutcome, string> = {
  eligible: "We have decided that your needs are eligible: we will meet them with you.",
  "not-eligible":
    "We have decided that your needs are not eligible for care and support from us. This letter says why, what help and advice there is, and how to challenge it.",
  contribution: "We have worked out a weekly amount you pay towards your support.",
  "no-contribution": "We have worked out that you do not pay anything towards your support.",
  "indicative-amount-set":
    "We have set an indicative budget: the amount to start planning your support with. It can change when your plan shows what your needs cost.",
  approved: "We have approved your support plan. Your personal budget is set out below.",
  rejected: "We have not approved your support plan as it stands. This letter says why.",
  "line-refused": "We have not agreed to one part of your support plan. The rest goes ahead.",
  "line-reinstated": "A part of your support plan we had refused is now part of it again.",
  continue: "Your review found your support is working: it carries on as it is.",
  "revise-plan": "Your review found your support plan needs to change.",
  "change-amount": "Your review found the amount of your budget needs to change.",
  "change-mechanism": "Your review found the way your budget is paid needs to change.",
  reassess: "Your review found your needs should be assessed again.",
  end: "Your review decided your personal budget should end.",
  "uplift-applied": "We have agreed extra support for a short time, as your plan allows.",
  "uplift-refused": "We have not been able to agree the extra support you asked for.",
  none: "We checked your direct-payment account and there is nothing to change.",
  "proposed-recovery":
    "We checked your direct-payment account and propose to take back money that is not needed. Nothing is taken before you have had the chance to explain.",
  "proposed-offset":
    "We checked your direct-payment account and propose to use money that is not needed towards your next payments.",
  "refund-contribution":
    "We checked your direct-payment account: some of the money left is your own contribution, and we will pay it back to you.",
  "explained-by-suspension":
    "We checked your direct-payment account: the money left is explained by the time your support was paused, so nothing changes.",
  suspended: "Your personal budget is paused. Your plan and budget are kept.",
  resumed: "Your personal budget starts again, with no new assessment.",
  "notice-given":
    "We are giving notice that your direct payments will stop. Your support carries on in another way.",
  "direct-payments-ended":
    "Your direct payments have stopped and your support carries on in the way agreed.",
  "notice-withdrawn": "The notice that your direct payments would stop is withdrawn.",
  "goals-reached-moving-on":
    "Your personal budget has ended because you reached your goals and are moving on.",
  "moved-away": "Your personal budget has ended because you moved away from our area.",
  "persons-choice": "Your personal budget has ended because you chose to stop it.",
  died: "The personal budget has ended.",
  "no-longer-eligible":
    "Your personal budget has ended because a reassessment found your needs are no longer eligible.",
  other: "Your personal budget has ended.",
  upheld: "We have looked at your challenge again and agree with you.",
  "partly-upheld": "We have looked at your challenge again and agree with part of it.",
  "not-upheld": "We have looked at your challenge again and the decision stands.",
}

/**
 * The same decision in Easy Read: short sentences, one idea each. Offered for eligibility
 * decisions, where a person most needs to understand what was decided and what they can do.
 */
export const easyReadSummary: Partial<Record<DecisionOutcome, ReadonlyArray<string>>> = {
  eligible: [
    "We looked at what you need help with.",
    "We decided you can get help from us.",
    "Next we will work out a budget with you.",
  ],
  "not-eligible": [
    "We looked at what you need help with.",
    "We decided we cannot give you help from a personal budget.",
    "This letter tells you why.",
    "It tells you where else you can get help.",
    "You can ask us to look at it again.",
  ],
}

/** What an amount the decision set is, in words; keys are the decision's amount names. */
export const amountLabel: Record<string, string> = {
  costOfMeetingNeedsPence: "The cost of meeting your needs, a year",
  personContributionPence: "What you pay towards it, a year",
  councilSharePence: "What the council pays, a year",
  nhsSharePence: "What the NHS pays, a year",
  weeklyContributionPence: "What you pay, each week",
  annualAmountPence: "Your indicative budget, a year",
  capPence: "The upper band of the allocation, a year",
  "council-social-carePence": "Of which the council's part, a year",
  "nhs-healthPence": "Of which the NHS's part, a year",
  offsetCapPence: "The most that can be used towards your next payments",
  upliftPence: "The extra support agreed",
  annualCostPence: "What this part of the plan costs, a year",
  withdrawnPence: "Money taken back for the time the budget was paused",
  surplusPence: "Money in the account above what is needed",
  refundPence: "Money we pay back to you",
  returnedPence: "Money returned",
}

/** Amounts that are counts, not money. */
export const countLabel: Record<string, string> = {
  days: "Days the extra support runs for",
  responseWindowDays: "Days you have to explain before anything changes",
}
