import { documents } from "./graphql.ts"

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("")

/** The id a server knows a document by: the SHA-256 of its exact text, in hex. */
export const documentIdOf = async (query: string): Promise<string> =>
  hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(query)))

/**
 * The trusted-document manifest (id -> document) of these typed documents, for a deployment
 * that runs only trusted documents. `pnpm --filter @openpb/client trusted-documents` prints it.
 */
export const trustedDocumentManifest = async (
  docs: Readonly<Record<string, { readonly query: string }>> = documents,
): Promise<Record<string, string>> =>
  Object.fromEntries(
    await Promise.all(
      Object.values(docs).map(async (doc) => [await documentIdOf(doc.query), doc.query] as const),
    ),
  )
