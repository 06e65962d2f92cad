import { Effect } from "effect"
import { expect, it } from "vitest"
import { englandDefaultsDeployment } from "../src/index.ts"

it("gives every port a plugin, and NHS and council money their own rules", async () => {
  const resolved = await Effect.runPromise(englandDefaultsDeployment.resolve)
  const byPort = Object.fromEntries(
    resolved.manifest.map((m) => [m.port, m.plugins.map((p) => p.split("@")[0])]),
  )
  expect(byPort).toEqual({
    eligibility: ["openpb/england-care-act"],
    healthEligibility: ["openpb/nhs-phb"],
    resourceAllocation: ["openpb/points-ras"],
    charging: ["openpb/england-care-act"],
    spendingRules: ["openpb/england-care-act", "openpb/nhs-phb"],
    approval: ["openpb/local-limits"],
    reviewSchedule: ["openpb/england-care-act", "openpb/nhs-phb"],
    contingency: ["openpb/local-limits"],
    directPaymentMonitoring: ["openpb/england-care-act", "openpb/nhs-phb"],
    outcomeMeasures: ["openpb/outcome-measures"],
    directPaymentConditions: ["openpb/england-care-act", "openpb/nhs-phb"],
    challengeRoutes: ["openpb/england-care-act", "openpb/nhs-phb"],
    vocabulary: [],
  })
})
