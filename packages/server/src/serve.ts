import { type ServerType, serve } from "@hono/node-server"

export interface RunningServer {
  readonly url: string
  readonly close: () => Promise<void>
}

/** Listens on a port (0 picks a free one) and resolves once the socket is bound. */
export const listen = (
  app: { readonly fetch: (request: Request) => Response | Promise<Response> },
  options: { readonly port: number; readonly hostname?: string },
) =>
  new Promise<RunningServer>((resolve, reject) => {
    const hostname = options.hostname ?? "0.0.0.0"
    let server: ServerType | undefined
    server = serve({ fetch: app.fetch, port: options.port, hostname }, (info) => {
      const host = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server?.close((error) => (error ? fail(error) : done()))
            // Keep-alive connections would hold the close open; they carry no work in flight.
            ;(server as { closeIdleConnections?: () => void } | undefined)?.closeIdleConnections?.()
          }),
      })
    })
    // Idle keep-alive connections stay open longer than a client (or a load balancer, which
    // commonly idles at 60 s) keeps them, so a busy client never reuses a socket the server has
    // just closed ("other side closed"); headers must arrive within a little more than that.
    if ("keepAliveTimeout" in server) {
      server.keepAliveTimeout = 65_000
      server.headersTimeout = 66_000
    }
    server.once("error", reject)
  })
