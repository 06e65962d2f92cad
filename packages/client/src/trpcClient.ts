import { createTRPCClient, httpBatchLink } from "@trpc/client"
import type { AppRouter } from "@openpb/trpc"

export interface ClientOptions {
  /** The deployment's base URL, e.g. https://openpb.northmere.example */
  readonly url: string
  /** Returns the signed-in user's bearer token (called for every request, so it may refresh). */
  readonly token: () => string | Promise<string>
}

/**
 * A typed tRPC client: every procedure of the server, with its input and output types, and
 * errors whose `data.code` and `data.openpb` (tag, issues with paths) come from core's table.
 */
export const createOpenpbClient = (options: ClientOptions) =>
  createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${options.url.replace(/\/+$/, "")}/trpc`,
        headers: async () => ({ authorization: `Bearer ${await options.token()}` }),
      }),
    ],
  })

export type OpenpbClient = ReturnType<typeof createOpenpbClient>
