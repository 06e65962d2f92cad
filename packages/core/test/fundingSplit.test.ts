import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { annualLineCostPence, fundingSplit, PlanLine } from "../src/index.ts"

const decodeLine = Schema.decodeUnknownSync(PlanLine)

const line = fc
  .record({
    id: fc.uuid(),
    description: fc.constant("support"),
    category: fc.constantFrom("personal-assistant", "transport", "therapy-outside-nhs"),
    provider: fc.constant(null),
    unitCostPence: fc.integer({ min: 0, max: 200_000 }),
    unitsPerPeriod: fc.integer({ min: 1, max: 20 }),
    frequency: fc.constantFrom("weekly", "four-weekly", "monthly", "one-off"),
    fundingStream: fc.constantFrom("council-social-care", "nhs-health"),
    deliveryMechanism: fc.constantFrom("direct-payment", "third-party", "notional"),
    outcomeIds: fc.constant(["o1"]),
    section117Aftercare: fc.boolean(),
  })
  .map((raw) => decodeLine(raw))

describe("who pays for an approved plan", () => {
  it("charges the person only for chargeable council lines, and the shares add up to the budget (property)", () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (lines, weekly) => {
          const split = fundingSplit(lines, weekly)
          const cost = lines.reduce((sum, l) => sum + annualLineCostPence(l), 0)
          const chargeable = lines
            .filter((l) => l.fundingStream === "council-social-care" && !l.section117Aftercare)
            .reduce((sum, l) => sum + annualLineCostPence(l), 0)
          expect(split.costOfMeetingNeedsPence).toBe(cost)
          expect(
            split.personContributionPence + split.councilSharePence + split.nhsSharePence,
          ).toBe(cost)
          expect(split.personContributionPence).toBeLessThanOrEqual(chargeable)
          expect(split.personContributionPence).toBe(Math.min(chargeable, weekly * 52))
          expect(split.councilSharePence).toBeGreaterThanOrEqual(0)
          expect(split.nhsSharePence).toBe(
            lines
              .filter((l) => l.fundingStream === "nhs-health")
              .reduce((sum, l) => sum + annualLineCostPence(l), 0),
          )
        },
      ),
    )
  })

  it("charges nothing for NHS lines or s117 aftercare, whatever the assessed contribution", () => {
    const base = {
      description: "support",
      category: "personal-assistant",
      provider: null,
      unitsPerPeriod: 1,
      frequency: "weekly",
      deliveryMechanism: "direct-payment",
      outcomeIds: ["o1"],
    } as const
    const split = fundingSplit(
      [
        { ...base, id: "nhs", unitCostPence: 10_000, fundingStream: "nhs-health" },
        {
          ...base,
          id: "aftercare",
          unitCostPence: 5_000,
          fundingStream: "council-social-care",
          section117Aftercare: true,
        },
        { ...base, id: "charged", unitCostPence: 2_000, fundingStream: "council-social-care" },
      ].map((raw) => decodeLine(raw)),
      100_000,
    )
    expect(split).toEqual({
      costOfMeetingNeedsPence: 17_000 * 52,
      personContributionPence: 2_000 * 52,
      councilSharePence: 5_000 * 52,
      nhsSharePence: 10_000 * 52,
      chargeablePence: 2_000 * 52,
    })
  })
})
