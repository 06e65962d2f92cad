import { readFile } from "node:fs/promises"
import { checkManifest, type TrustedDocumentsOptions } from "@openpb/server"
import { Option } from "effect"
import type { HostConfig } from "./config.ts"

/**
 * The GraphQL documents the deployment trusts: a JSON manifest (document id -> document, as
 * `pnpm --filter @openpb/client trusted-documents` prints) named by OPENPB_TRUSTED_DOCUMENTS.
 */
export const loadTrustedDocuments = async (
  config: Pick<HostConfig, "trustedDocumentsFile" | "trustedDocumentsOnly">,
): Promise<TrustedDocumentsOptions | undefined> => {
  const file = Option.getOrUndefined(config.trustedDocumentsFile)
  if (file === undefined) {
    if (config.trustedDocumentsOnly) {
      throw new Error(
        "OPENPB_TRUSTED_DOCUMENTS_ONLY needs OPENPB_TRUSTED_DOCUMENTS, the trusted-document manifest file",
      )
    }
    return undefined
  }
  const manifest = checkManifest(JSON.parse(await readFile(file, "utf8")))
  return { manifest, only: config.trustedDocumentsOnly }
}
