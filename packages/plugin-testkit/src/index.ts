export * from "./arbitraries.ts"
export * from "./checks.ts"
export * from "./conformance.ts"
