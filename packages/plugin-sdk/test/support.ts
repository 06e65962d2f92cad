import { definePlugin, type PluginUse } from "../src/index.ts"
import { Schema } from "effect"

const reason = (text: string) => [{ criterion: "test", met: null, text }] as const

/** One plugin answering every policy port, so tests can add what they are about. */
export const everything = definePlugin({
  id: "test/all-ports",
  version: "1.0.0",
  description: "Answers every port with a fixed, explained outcome.",
  provides: [
    "eligibility",
    "healthEligibility",
    "resourceAllocation",
    "charging",
    "spendingRules",
    "approval",
    "reviewSchedule",
    "contingency",
    "directPaymentMonitoring",
    "challengeRoutes",
  ],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: () => ({ eligible: true, reasons: reason("Eligible in this test.") }),
      carer: () => ({ eligible: true, reasons: reason("Eligible in this test.") }),
    },
    healthEligibility: {
      assess: () => ({
        rightToHave: false,
        grounds: [],
        reasons: reason("No health budget here."),
      }),
    },
    resourceAllocation: {
      indicativeBudget: () => ({
        annualAmountPence: 0,
        fundingStreams: [],
        items: [],
        reasons: reason("Nothing allocated here."),
      }),
    },
    charging: {
      contribution: () => ({ weeklyContributionPence: 0, reasons: reason("Nothing to pay here.") }),
    },
    spendingRules: { checkLine: () => undefined },
    approval: {
      requirement: () => ({
        level: "panel",
        minimumApproverLimitPence: 0,
        reasons: reason("A panel decides here."),
      }),
      limitFor: () => 0,
      refusalGrounds: [{ id: "test", text: "A test ground." }],
    },
    reviewSchedule: { nextReviews: () => [] },
    contingency: {
      decide: () => ({
        allowed: false,
        upliftPence: 0,
        days: 0,
        reasons: reason("No contingency here."),
      }),
    },
    directPaymentMonitoring: { statementEveryWeeks: 12, assessSurplus: () => undefined },
    challengeRoutes: {
      route: (i) => ({
        route: "test-complaint",
        how: "Ask the test council.",
        deadline: i.decidedOn,
        reasons: reason("A same-day window here."),
      }),
    },
  }),
})

export const englandLike: ReadonlyArray<PluginUse> = [everything.with()]
