import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core"
import * as generated from "./gql/graphql.ts"
import { documentIdOf } from "./trustedDocuments.ts"

/**
 * A GraphQL document with the types of its variables and result. `query` is its text; it is
 * also a `DocumentTypeDecoration` (the typed-document-node convention), and `String(doc)` is the
 * text, so clients that take typed document strings (urql, graphql-request...) can use it.
 */
export interface TypedDocument<Result, Variables>
  extends DocumentTypeDecoration<Result, Variables> {
  readonly query: string
  toString(): string
}

/** Any typed document: this package's, or one of codegen's `TypedDocumentString`s. */
export type AnyTypedDocument<Result, Variables> =
  | TypedDocument<Result, Variables>
  | DocumentTypeDecoration<Result, Variables>

const typedDocument = <Result, Variables>(
  doc: generated.TypedDocumentString<Result, Variables>,
): TypedDocument<Result, Variables> => {
  const query = doc.toString()
  return { query, toString: () => query }
}

/** The operation a generated `...Document` export holds: `PersonDocument` -> `Person`. */
type OperationName<K> = K extends `${infer Name}Document` ? Name : never

/**
 * Every operation, by name: one per Query and Mutation field of the schema (named after the field:
 * `Person`, `Journeys`, `ReferPerson`...), selecting every scalar and enum field to a bounded
 * depth, and the hand-written `PortalDecisions` and `Caseload`.
 */
export type Documents = {
  readonly [K in keyof typeof generated as OperationName<K>]: (typeof generated)[K] extends generated.TypedDocumentString<
    infer Result,
    infer Variables
  >
    ? TypedDocument<Result, Variables>
    : never
}

export const documents: Documents = Object.fromEntries(
  Object.entries(generated as Record<string, unknown>).flatMap(([name, doc]) =>
    name.endsWith("Document") && doc instanceof generated.TypedDocumentString
      ? [[name.slice(0, -"Document".length), typedDocument(doc)]]
      : [],
  ),
) as unknown as Documents

/** A person's portal: the decisions made about them, with reasons and how to challenge them. */
export const PortalDecisions = documents.PortalDecisions
/** A practitioner's caseload: open journeys, next review, overdue. */
export const Caseload = documents.Caseload
/** The council's budgets, a page at a time. */
export const Budgets = documents.Budgets

/** One budget as the `Budgets` document returns it. */
export type BudgetSummary = generated.BudgetsQuery["budgets"]["edges"][number]["node"]

/** The text of a typed document. */
export const queryOf = <Result, Variables>(doc: AnyTypedDocument<Result, Variables>): string =>
  "query" in doc && typeof doc.query === "string" ? doc.query : String(doc)

/** An error the GraphQL API answered with: the first error's message, and its `extensions.code`. */
export class GraphqlError extends Error {
  readonly code: string | undefined
  readonly errors: ReadonlyArray<{ message: string; extensions?: { code?: string } }>
  constructor(errors: ReadonlyArray<{ message: string; extensions?: { code?: string } }>) {
    super(errors[0]?.message ?? "GraphQL error")
    this.name = "GraphqlError"
    this.code = errors[0]?.extensions?.code
    this.errors = errors
  }
}

export interface GraphqlRequestOptions {
  /** The deployment's base URL, e.g. https://openpb.northmere.example */
  readonly url: string
  /** Returns the signed-in user's bearer token (called for every request, so it may refresh). */
  readonly token: () => string | Promise<string>
  readonly fetch?: typeof globalThis.fetch
  /** Send the document's id instead of its text, for a deployment that runs only trusted documents. */
  readonly byId?: boolean
  /**
   * Extra headers for every request, e.g. `x-openpb-purpose` (why a record is looked at, kept in
   * the audit trail) or `x-request-id`. A function is called for each request.
   */
  readonly headers?: ExtraHeaders | (() => ExtraHeaders | Promise<ExtraHeaders>)
}

/** Extra headers: names to values (a value left undefined is not sent). */
export type ExtraHeaders = Readonly<Record<string, string | undefined>>

/** Headers as a plain record with lower-case names, without the undefined ones. */
export const headersRecord = (headers: ExtraHeaders | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers ?? {}).flatMap(([name, value]) =>
      value === undefined ? [] : [[name.toLowerCase(), value]],
    ),
  )

/**
 * Sends a typed document with fetch; throws a `GraphqlError` (with the first error's code) when
 * the API refuses. `headers` adds headers to this request only (over the options' headers).
 */
export const requestGraphql = async <Result, Variables>(
  options: GraphqlRequestOptions,
  doc: AnyTypedDocument<Result, Variables>,
  variables: Variables,
  headers?: ExtraHeaders,
): Promise<Result> => {
  const query = queryOf(doc)
  const document = options.byId ? { documentId: `sha256:${await documentIdOf(query)}` } : { query }
  const shared = typeof options.headers === "function" ? await options.headers() : options.headers
  const response = await (options.fetch ?? fetch)(`${options.url.replace(/\/+$/, "")}/graphql`, {
    method: "POST",
    headers: {
      ...headersRecord(shared),
      ...headersRecord(headers),
      "content-type": "application/json",
      authorization: `Bearer ${await options.token()}`,
    },
    body: JSON.stringify({ ...document, variables }),
  })
  const body = (await response.json()) as {
    data?: Result
    errors?: Array<{ message: string; extensions?: { code?: string } }>
  }
  if (body.errors?.length) throw new GraphqlError(body.errors)
  return body.data as Result
}
