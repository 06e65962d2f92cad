import { Agent, request } from "node:http"

/** One request of the mix: how to send it and whether its answer is a success. */
interface Operation {
  readonly name: string
  readonly method: "GET" | "POST"
  readonly path: string
  readonly body?: (n: number) => string
}

const query = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`
const graphql = (document: string, variables?: unknown) =>
  JSON.stringify(variables === undefined ? { query: document } : { query: document, variables })

/**
 * The mix, in the proportions a council's staff use the APIs: mostly lists and look-ups through
 * both APIs, and one write in five registering a person, through each API in turn.
 */
export const mixedOperations = (personId: string): ReadonlyArray<Operation> => {
  const trpcList: Operation = {
    name: "trpc budget.list",
    method: "GET",
    path: `/trpc/budget.list${query({ first: 20 })}`,
  }
  const graphqlList: Operation = {
    name: "graphql budgets",
    method: "POST",
    path: "/graphql",
    body: () =>
      graphql(
        "{ budgets(first: 20) { edges { node { id amountPence deliveryMechanism person { givenName } } } pageInfo { hasNextPage endCursor } } }",
      ),
  }
  const trpcPerson: Operation = {
    name: "trpc person.get",
    method: "GET",
    path: `/trpc/person.get${query({ personId })}`,
  }
  const trpcRegister: Operation = {
    name: "trpc person.register",
    method: "POST",
    path: "/trpc/person.register",
    body: (n) => JSON.stringify({ givenName: "Soak", familyName: `Trpc ${n}` }),
  }
  const graphqlRegister: Operation = {
    name: "graphql registerPerson",
    method: "POST",
    path: "/graphql",
    body: (n) =>
      graphql(
        "mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id givenName } }",
        { input: { givenName: "Soak", familyName: `Graphql ${n}` } },
      ),
  }
  return [
    trpcList,
    graphqlList,
    trpcPerson,
    trpcRegister,
    trpcList,
    graphqlList,
    trpcPerson,
    graphqlList,
    trpcList,
    graphqlRegister,
  ]
}

export interface LoadCounts {
  requests: number
  errors: number
  readonly firstErrors: Array<string>
}

/**
 * Sends the mix over `connections` keep-alive connections until `until()` says stop: each
 * connection sends its next request when the previous answer has been read, so at most
 * `connections` requests are in flight. A non-200 answer, or a GraphQL answer with errors, is
 * an error.
 */
export const driveLoad = async (options: {
  readonly url: string
  readonly token: string
  readonly operations: ReadonlyArray<Operation>
  readonly connections: number
  readonly until: () => boolean
  readonly counts: LoadCounts
}) => {
  const { hostname, port } = new URL(options.url)
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections })
  const send = (operation: Operation, n: number) =>
    new Promise<void>((resolve) => {
      const body = operation.body?.(n)
      const req = request(
        {
          agent,
          hostname,
          port,
          method: operation.method,
          path: operation.path,
          headers: {
            authorization: `Bearer ${options.token}`,
            ...(body === undefined
              ? {}
              : { "content-type": "application/json", "content-length": Buffer.byteLength(body) }),
          },
        },
        (res) => {
          const chunks: Array<Buffer> = []
          res.on("data", (chunk: Buffer) => chunks.push(chunk))
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8")
            const failed =
              res.statusCode !== 200 || (operation.path === "/graphql" && text.includes('"errors"'))
            record(operation, failed ? `${res.statusCode} ${text.slice(0, 300)}` : undefined)
            resolve()
          })
        },
      )
      req.on("error", (error) => {
        record(operation, error.message)
        resolve()
      })
      req.end(body)
    })
  const record = (operation: Operation, error: string | undefined) => {
    options.counts.requests++
    if (error === undefined) return
    options.counts.errors++
    if (options.counts.firstErrors.length < 5)
      options.counts.firstErrors.push(`${operation.name}: ${error}`)
  }
  let next = 0
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (!options.until()) {
        const n = next++
        await send(options.operations[n % options.operations.length]!, n)
      }
    }),
  )
  agent.destroy()
}
