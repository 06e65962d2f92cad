import type { Socket } from "node:net"
import { type ServerType, serve } from "@hono/node-server"

export interface RunningServer {
  readonly url: string
  /**
   * Stops taking connections and waits for the requests in flight, for at most `graceMs`
   * (default 10 s); then the connections still open are closed, a half-sent request's among
   * them, so nothing a client does keeps the server from stopping. Resolves with how many
   * connections were cut at the deadline.
   */
  readonly close: (options?: { readonly graceMs?: number }) => Promise<{ readonly cut: number }>
}

/** Listens on a port (0 picks a free one) and resolves once the socket is bound. */
export const listen = (
  app: { readonly fetch: (request: Request) => Response | Promise<Response> },
  options: { readonly port: number; readonly hostname?: string },
) =>
  new Promise<RunningServer>((resolve, reject) => {
    const hostname = options.hostname ?? "0.0.0.0"
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname }, (info) => {
      const host = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname
      resolve({
        url: `http://${host}:${info.port}`,
        close: (close) => drain(server, sockets, close),
      })
    })
    // The connections open, so a close past its deadline can say how many it cut.
    const sockets = new Set<Socket>()
    server.on("connection", (socket: Socket) => {
      sockets.add(socket)
      socket.once("close", () => sockets.delete(socket))
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

const drain = (
  server: ServerType,
  sockets: ReadonlySet<Socket>,
  options: { readonly graceMs?: number } = {},
) =>
  new Promise<{ readonly cut: number }>((done, fail) => {
    let cut = 0
    const deadline = setTimeout(() => {
      if (!("closeAllConnections" in server)) return
      cut = [...sockets].filter((socket) => !socket.destroyed).length
      server.closeAllConnections()
    }, options.graceMs ?? 10_000)
    // Keep-alive connections would hold the close open; they carry no work in flight. A
    // connection whose request is answered during the grace becomes idle then: close it too.
    const closeIdle = () => {
      if ("closeIdleConnections" in server) server.closeIdleConnections()
    }
    const idle = setInterval(closeIdle, 50)
    server.close((error) => {
      clearTimeout(deadline)
      clearInterval(idle)
      if (error) fail(error)
      else done({ cut })
    })
    closeIdle()
  })
