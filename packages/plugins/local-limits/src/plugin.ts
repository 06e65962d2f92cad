import { definePlugin } from "@openpb/plugin-sdk"
import { limitFor, requirement } from "./approval.ts"
import { decide } from "./contingency.ts"
import { LocalLimitsSettings } from "./settings.ts"

export const localLimits = definePlugin({
  id: "openpb/local-limits",
  version: "1.0.0",
  description:
    "A council's own limits, as settings: who signs a plan off at what cost (its scheme of delegation), and how much contingency a crisis may draw, for how long.",
  provides: ["approval", "contingency"],
  settings: LocalLimitsSettings,
  rules: (settings) => ({
    approval: {
      requirement: requirement(settings),
      limitFor: limitFor(settings),
      refusalGrounds: settings.refusalGrounds,
    },
    contingency: { decide: decide(settings) },
  }),
})
