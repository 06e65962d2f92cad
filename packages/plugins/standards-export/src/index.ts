export {
  lineContexts,
  modsColumns,
  modsRow,
  modsServicesExporter,
  type PrsbDocument,
  type PrsbSection,
  planContexts,
  prsbColumns,
  prsbDocument,
  prsbPlansExporter,
  STANDARDS_PAGE_SIZE,
  StandardsExportParameters,
} from "./exporters.ts"
export {
  CareFundingSource,
  careFundingSourceWords,
  lineFundingSources,
  lineFundingText,
  planFundingSources,
} from "./fundingSource.ts"
export type { ElementValue, LineContext, PlanContext, Source, StandardField } from "./mapping.ts"
export { mappingDocument } from "./mappingDocument.ts"
export { MODS_CLASSES, MODS_FIELDS, MODS_STANDARD } from "./mods.ts"
export { PCSP_ELEMENTS } from "./pcspElements.ts"
export { PRSB_FIELDS, PRSB_STANDARD } from "./prsb.ts"
export { standardsExport } from "./plugin.ts"
