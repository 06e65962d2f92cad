/**
 * The field extension naming the core use case a query or mutation field runs; a test fails
 * when a field has none or a contract has no field.
 */
export const runsUseCase = (useCase: string) => ({ useCase })
