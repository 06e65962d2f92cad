/**
 * A limit's refusal is answered with HTTP 400 whatever the client accepts. yoga answers a
 * validation error with 200 to clients accepting `application/json` (the GraphQL-over-HTTP
 * spec's rule for legacy clients) unless the error says it is not the spec's case; a request
 * refused for its size or cost is not a mistake in the query, and a 200 would hide it from
 * load balancers, rate dashboards and alerts that count 4xx.
 */
export const refusedWith400 = <E extends Record<string, unknown>>(extensions: E) => ({
  ...extensions,
  http: { status: 400, spec: false },
})
