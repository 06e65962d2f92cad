export { limitFor, requirement } from "./approval.ts"
export { decide } from "./contingency.ts"
export { localLimits } from "./plugin.ts"
export { LocalLimitsSettings } from "./settings.ts"
