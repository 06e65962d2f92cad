import type { RunUseCase } from "@openpb/core"

/** What the server hands every resolver: a way to run core's use cases for this request. */
export interface GraphqlContext {
  readonly run: RunUseCase
  readonly requestId: string
  /**
   * Takes `operations` more from the caller's rate allowance (each operation of a batch after
   * the first): undefined when admitted, else the seconds to wait.
   */
  readonly admitOperations?: (operations: number) => number | undefined
}
