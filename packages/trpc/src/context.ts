import type { RunUseCase } from "@openpb/core"

/** What the server hands every procedure: a way to run core's use cases for this request. */
export interface TrpcContext {
  readonly run: RunUseCase
  readonly requestId: string
}
