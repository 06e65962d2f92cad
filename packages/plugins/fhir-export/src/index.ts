export { FHIR_PAGE_SIZE, FhirExportParameters, fhirColumns, fhirPlansExporter } from "./exporter.ts"
export { fhirExport } from "./plugin.ts"
