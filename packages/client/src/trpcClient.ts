import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  type Operation,
  splitLink,
  type TRPCClient,
} from "@trpc/client"
import type { AppRouter } from "./generated/appRouter.ts"
import { type ExtraHeaders, headersRecord } from "./graphql.ts"

export type { ExtraHeaders }

export interface ClientOptions {
  /** The deployment's base URL, e.g. https://openpb.northmere.example */
  readonly url: string
  /** Returns the signed-in user's bearer token (called for every request, so it may refresh). */
  readonly token: () => string | Promise<string>
  /**
   * Headers sent with every request of this client, e.g. `x-openpb-purpose` (why the user looks
   * at a record, kept in the audit trail). A function is called for each request, so it can
   * give each one its own `x-request-id`.
   */
  readonly headers?: ExtraHeaders | (() => ExtraHeaders | Promise<ExtraHeaders>)
}

/**
 * The options of one call that sends extra headers (over the client's own):
 * `client.person.get.query({ personId }, withHeaders({ "x-openpb-purpose": "annual review" }))`.
 * A call with its own headers goes in a request of its own, never in a batch with other calls.
 */
export const withHeaders = (headers: ExtraHeaders): { context: { headers: ExtraHeaders } } => ({
  context: { headers },
})

const callHeaders = (op: Operation): ExtraHeaders | undefined =>
  (op.context as { headers?: ExtraHeaders }).headers

/**
 * A typed tRPC client: every procedure of the server, with its input and output types, and
 * errors whose `data.code` and `data.openpb` (tag, issues with paths) come from core's table.
 */
export const createOpenpbClient = (options: ClientOptions): TRPCClient<AppRouter> => {
  const url = `${options.url.replace(/\/+$/, "")}/trpc`
  /** The client's headers, then this call's, then the bearer token (which neither overrides). */
  const headersFor = async (call?: ExtraHeaders): Promise<Record<string, string>> => {
    const shared = typeof options.headers === "function" ? await options.headers() : options.headers
    return {
      ...headersRecord(shared),
      ...headersRecord(call),
      authorization: `Bearer ${await options.token()}`,
    }
  }
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => callHeaders(op) !== undefined,
        true: httpLink({
          url,
          headers: ({ op }) => headersFor(callHeaders(op)),
        }),
        // The server refuses a batch of more than 10 calls (its default `trpcMaxBatch`); calls
        // made together beyond that go in several requests.
        false: httpBatchLink({ url, maxItems: 10, headers: () => headersFor() }),
      }),
    ],
  })
}

export type OpenpbClient = TRPCClient<AppRouter>
