import { Schema } from "effect"
import { readRule } from "../access/useCaseEntry.ts"
import { GlossaryTerm } from "../glossary/Glossary.ts"
import { GlossaryInput, getGlossary } from "../glossary/usecases.ts"
import { defineUseCase } from "./UseCase.ts"

export const GetGlossary = defineUseCase({
  name: "getGlossary",
  path: "glossary.terms",
  kind: "query",
  description:
    "The words this council uses for personal budgets and their parts, each with what it means in plain English and the national word it stands for.",
  access: readRule("glossary.read", "council"),
  input: GlossaryInput,
  output: Schema.Array(GlossaryTerm),
  errors: [],
  graphql: { field: "glossary" },
  run: getGlossary,
})
