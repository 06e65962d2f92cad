import type { UseCaseName } from "@openpb/core"

/**
 * The field extension naming the core use case a query or mutation field runs, from core's
 * use-case registry; a test fails when a field has none or a registered use case has no field.
 */
export const runsUseCase = (useCase: UseCaseName) => ({ useCase })
