export {
  ageBand,
  month,
  ResearchExtractParameters,
  researchColumns,
  researchExtractor,
} from "./extract.ts"
export { researchExtract } from "./plugin.ts"
export { makePseudonymiser } from "./pseudonym.ts"
export { ResearchExtractSettings } from "./settings.ts"
