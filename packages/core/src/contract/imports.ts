import { Schema } from "effect"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import {
  GetImportRunInput,
  getImportRun,
  ListImportRunsInput,
  listImportRuns,
  StartCaseloadImportInput,
  startCaseloadImport,
} from "../imports/caseloadImport.ts"
import { ImportRun } from "../imports/ImportRun.ts"
import { defineUseCase } from "./UseCase.ts"

export const StartCaseloadImport = defineUseCase({
  name: "startCaseloadImport",
  path: "import.caseload",
  kind: "command",
  description:
    "Imports a caseload from another system (one CSV row a person: the person, their carer, their journey at its stage, a running budget's plan line, opening balance and next review). With dryRun every row is checked and every problem reported by row and column, and nothing is written; otherwise the run, its file and an import job are recorded together and the answer is the run, running; whichever server process takes the job writes the rows, and one that stops part way is taken up where it stopped by the job's next attempt (follow it with importRun, or the jobs list): one transaction a batch and a savepoint a row, matched by source id, so a second run of the same file adds nothing and updates what changed.",
  access: writeRule("import.run", "council"),
  input: StartCaseloadImportInput,
  output: ImportRun,
  errors: [],
  run: startCaseloadImport,
})

export const GetImportRun = defineUseCase({
  name: "getImportRun",
  path: "import.get",
  kind: "query",
  description:
    "One import run: its progress, its counts (created, updated, unchanged, failed) and every row's problems.",
  access: readRule("import.read", "council"),
  input: GetImportRunInput,
  output: ImportRun,
  errors: ["ImportRunNotFound"],
  graphql: { field: "importRun" },
  run: getImportRun,
})

export const ListImportRuns = defineUseCase({
  name: "listImportRuns",
  path: "import.list",
  kind: "query",
  description: "The council's import runs, newest first.",
  access: readRule("import.read", "council"),
  input: ListImportRunsInput,
  output: Schema.Array(ImportRun),
  errors: [],
  graphql: { field: "importRuns" },
  run: listImportRuns,
})
