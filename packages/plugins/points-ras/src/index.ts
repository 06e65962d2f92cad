export { indicativeBudget } from "./allocate.ts"
export { pointsRas } from "./plugin.ts"
export { Answer, PointsRasSettings, Question } from "./settings.ts"
