import { readRule } from "../access/useCaseEntry.ts"
import { WorkItem } from "../work/WorkItem.ts"
import { WorkQueueInput, workQueue } from "../work/workQueue.ts"
import { PageOf } from "./Page.ts"
import { defineUseCase } from "./UseCase.ts"

export const WorkQueue = defineUseCase({
  name: "workQueue",
  path: "work.queue",
  kind: "query",
  description:
    "The council's work queue: reviews due, challenges awaiting an answer, plans awaiting approval, contingency uplifts ending, surplus proposals whose answer window closes; earliest due first, a page at a time, by kind, assignee and due date.",
  access: readRule("journey.list", "council"),
  input: WorkQueueInput,
  output: PageOf(WorkItem, "WorkItemPage"),
  errors: [],
  graphql: { field: "workQueue", connection: true },
  run: workQueue,
})
