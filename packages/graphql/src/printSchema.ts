import { lexicographicSortSchema, printSchema } from "graphql"
import { schema } from "./schema/index.ts"

/** The SDL committed as `schema.graphql`, for clients and for review of every change. */
export const printSchemaSdl = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`
