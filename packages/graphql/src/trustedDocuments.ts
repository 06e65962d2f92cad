import { createHash } from "node:crypto"
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations"
import type { GraphQLParams, Plugin } from "graphql-yoga"

/** A deployment's trusted documents: each document's id (its SHA-256, hex) and its text. */
export type TrustedDocumentManifest = Readonly<Record<string, string>>

export interface TrustedDocumentsOptions {
  readonly manifest: TrustedDocumentManifest
  /**
   * Refuse every document that is not in the manifest (for production: the API then runs only
   * the operations its own clients were built with). Otherwise a request may still send any
   * document's text.
   */
  readonly only: boolean
}

/** A document's id: the SHA-256 of its exact text, in hex, as clients send it. */
export const documentId = (document: string): string =>
  createHash("sha256").update(document, "utf8").digest("hex")

/** The manifest of a list of documents, keyed by their ids. */
export const trustedDocumentManifest = (documents: Iterable<string>): Record<string, string> =>
  Object.fromEntries([...documents].map((document) => [documentId(document), document]))

const hexId = /^[0-9a-f]{64}$/

/**
 * Checks a manifest before it is served: every id must be the SHA-256 of its document, so a
 * client's hash and the server's agree on which text runs.
 */
export const checkManifest = (manifest: unknown): TrustedDocumentManifest => {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new Error("A trusted-document manifest is a JSON object of document id -> document")
  }
  for (const [id, document] of Object.entries(manifest)) {
    const key = id.replace(/^sha256:/, "")
    if (!hexId.test(key) || typeof document !== "string" || documentId(document) !== key) {
      throw new Error(`Trusted document ${id} is not the SHA-256 of its document text`)
    }
  }
  return Object.fromEntries(
    Object.entries(manifest as Record<string, string>).map(([id, d]) => [
      id.replace(/^sha256:/, ""),
      d,
    ]),
  )
}

/**
 * The id a request names: `documentId` (GraphQL over HTTP's trusted documents, optionally
 * `sha256:`-prefixed) or Apollo's `extensions.persistedQuery.sha256Hash`.
 */
const requestedId = (params: GraphQLParams & { documentId?: unknown }): string | null => {
  if (typeof params.documentId === "string") return params.documentId.replace(/^sha256:/, "")
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery
  return typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : null
}

const refusal = (message: string, code: string) => ({
  message,
  extensions: { code, http: { status: 400 } },
})

/** Runs documents by id from the manifest; with `only`, refuses any document sent as text. */
export const useTrustedDocuments = (options: TrustedDocumentsOptions): Plugin =>
  usePersistedOperations({
    getPersistedOperation: (id) => options.manifest[id] ?? null,
    allowArbitraryOperations: !options.only,
    extractPersistedOperationId: requestedId,
    customErrors: {
      notFound: refusal(
        "No trusted document has this id; send one of the deployment's trusted documents",
        "PERSISTED_QUERY_NOT_FOUND",
      ),
      persistedQueryOnly: refusal(
        "This deployment runs only its trusted documents: send the document's id (documentId or extensions.persistedQuery.sha256Hash), not its text",
        "TRUSTED_DOCUMENTS_ONLY",
      ),
      keyNotFound: refusal(
        "Send a document: its text (query) or a trusted document's id (documentId)",
        "BAD_REQUEST",
      ),
    },
  })
