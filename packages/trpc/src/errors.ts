import { apiErrorCode, describeCoreError, isCoreError } from "@openpb/core"
import { TRPCError } from "@trpc/server"

/** Core errors keep their code from core's table; anything else is a defect and says nothing. */
export const toTrpcError = (error: unknown, requestId: string): TRPCError => {
  if (error instanceof TRPCError) return error
  if (isCoreError(error)) {
    return new TRPCError({ code: apiErrorCode(error), message: error.message, cause: error })
  }
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: `Internal error; quote request id ${requestId} when reporting it`,
    cause: error,
  })
}

/** The extra `data.openpb` a client reads: the core error's tag, and for bad input the issues. */
export const describeTrpcCause = (cause: unknown) =>
  isCoreError(cause) ? describeCoreError(cause) : undefined
