/** Every use-case contract by its value name (`Contracts.ReferPerson`), for typed callers. */
export * from "./decisions.ts"
export * from "./directory.ts"
export * from "./glossary.ts"
export * from "./journey.ts"
export * from "./ledger.ts"
export * from "./oversight.ts"
export * from "./people.ts"
export * from "./work.ts"
