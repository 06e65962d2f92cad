import type { RunUseCase } from "@openpb/core"

/** What the server hands every resolver: a way to run core's use cases for this request. */
export interface GraphqlContext {
  readonly run: RunUseCase
  readonly requestId: string
}
