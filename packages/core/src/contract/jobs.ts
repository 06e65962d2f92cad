import { Schema } from "effect"
import { readRule } from "../access/useCaseEntry.ts"
import { JobView } from "../jobs/Jobs.ts"
import { ListJobsInput, listJobs } from "../jobs/listJobs.ts"
import { defineUseCase } from "./UseCase.ts"

export const ListJobs = defineUseCase({
  name: "listJobs",
  path: "jobs.list",
  kind: "query",
  description:
    "The council's jobs (exports, allocation runs), newest first: state, failed attempts and the last one's reason, and an export's rows so far.",
  access: readRule("jobs.read", "council"),
  input: ListJobsInput,
  output: Schema.Array(JobView),
  errors: [],
  graphql: { field: "jobs" },
  run: listJobs,
})
