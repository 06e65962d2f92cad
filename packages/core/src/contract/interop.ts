import { readRule } from "../access/useCaseEntry.ts"
import { FhirPersonPlans } from "../interop/fhir/FhirResources.ts"
import { FhirPlansOfPersonInput, fhirPlansOfPerson } from "../interop/fhir/usecases.ts"
import { defineUseCase } from "./UseCase.ts"

export const FhirPlansOfPerson = defineUseCase({
  name: "fhirPlansOfPerson",
  path: "fhir.plansOfPerson",
  kind: "query",
  description:
    "A person's support plans as FHIR R4: the Patient (with the NHS number), a CarePlan per journey with a plan (its lines as activities, the budget as an extension) and a Goal per outcome.",
  access: readRule("journey.read", "person"),
  input: FhirPlansOfPersonInput,
  output: FhirPersonPlans,
  errors: ["PersonNotFound"],
  graphql: { field: "fhirPlansOfPerson" },
  run: fhirPlansOfPerson,
})
