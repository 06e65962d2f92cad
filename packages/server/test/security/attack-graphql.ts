import { type Attack, type AttackEnv, graphqlRefused, refusedWith } from "./attack-harness.ts"

/** Abuse of GraphQL by a caller signed in as the council's administrator. */
export const graphqlAttacks = (env: () => AttackEnv): ReadonlyArray<Attack> => {
  const send = async (body: unknown) =>
    env().app.request("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await env().token()}`,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    })
  const person = () => `person(personId: "${env().personId}")`
  /** Refused with a 400 naming the limit, and within `withinMs`: the document cannot hold the thread. */
  const limited = (name: string, body: () => unknown, limit: string, withinMs = 1_000): Attack => ({
    group: "graphql",
    name,
    run: async () => {
      const started = performance.now()
      const response = await send(body())
      const elapsed = performance.now() - started
      const text = await response.clone().text()
      const verdict = await refusedWith(response, { statuses: [400], secrets: env().secrets })
      return {
        ...verdict,
        refused: verdict.refused && text.includes(`"limit":"${limit}"`) && elapsed < withinMs,
        seen: `${verdict.seen} in ${Math.round(elapsed)} ms`,
      }
    },
  })
  const refused = (name: string, body: () => unknown): Attack => ({
    group: "graphql",
    name,
    run: async () => graphqlRefused(await send(body()), env().secrets),
  })
  const nested = (levels: number) => `${"{ a ".repeat(levels)}${"}".repeat(levels)}`
  const fragments = (levels: number) =>
    Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { budgets(first: 100) { edges { node { id person { givenName } } } } }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(" ")

  return [
    limited(
      "a query nested beyond the depth limit",
      () => ({
        query: `{ budgets { edges { node { person { journeys { edges { node { budget { person { journeys { edges { node { id } } } } } } } } } } } } }`,
      }),
      "depth",
    ),
    limited("a document nested 2,000 deep", () => ({ query: nested(2_000) }), "nesting"),
    limited("a document nested 20,000 deep", () => ({ query: nested(20_000) }), "nesting"),
    limited(
      "list values nested 5,000 deep in an argument",
      () => ({ query: `{ ${person()}${"[".repeat(5_000)}${"]".repeat(5_000)} { id } }` }),
      "nesting",
    ),
    limited(
      "60 aliases of a 100-row page of people",
      () => ({
        query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: budgets(first: 100) { edges { node { person { givenName } } } }`).join(" ")} }`,
      }),
      "cost",
    ),
    limited(
      "a 100-row page asked for through a variable, under aliases",
      () => ({
        query: `query ($n: Int) { ${Array.from({ length: 10 }, (_, i) => `a${i}: budgets(first: $n) { edges { node { person { givenName familyName } } } }`).join(" ")} }`,
        variables: { n: 100 },
      }),
      "cost",
    ),
    limited(
      "200 aliases of a person's name",
      () => ({
        query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: ${person()} { givenName }`).join(" ")} }`,
      }),
      "complexity",
    ),
    limited(
      "fragments spreading fragments (2^40 expanded), ~900 bytes",
      () => ({ query: `{ ...F0 } ${fragments(40)}` }),
      "complexity",
    ),
    limited(
      "a huge document (20,000 tokens under the body limit)",
      () => ({ query: `{ ${"__typename ".repeat(20_000)} }` }),
      "tokens",
    ),
    refused("a fragment cycle", () => ({
      query: `{ ...A } fragment A on Query { ...B } fragment B on Query { ${person()} { givenName } ...A }`,
    })),
    refused("a fragment spreading itself", () => ({
      query: `{ ...A } fragment A on Query { ${person()} { givenName } ...A }`,
    })),
    {
      group: "graphql",
      name: "a batch larger than the batch limit",
      run: async () =>
        refusedWith(
          await send(
            Array.from({ length: 11 }, () => ({ query: `{ ${person()} { givenName } }` })),
          ),
          { secrets: env().secrets },
        ),
    },
    refused("introspection of the schema in production", () => ({
      query: "{ __schema { types { name fields { name } } } }",
    })),
    refused("introspection of one type in production", () => ({
      query: '{ __type(name: "Person") { fields { name } } }',
    })),
    refused("a misspelt field, fishing for suggestions", () => ({
      query: `{ ${person()} { givenNam nhsNumbr } }`,
    })),
    refused("a misspelt argument, fishing for suggestions", () => ({
      query: `{ person(personI: "${env().personId}") { givenName } }`,
    })),
    refused("a misspelt input field in a variable, fishing for suggestions", () => ({
      query: "mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }",
      variables: { input: { givenNam: "A", familyName: "B" } },
    })),
    refused("a misspelt type, fishing for suggestions", () => ({
      query: "query ($p: Persn) { __typename }",
    })),
    {
      group: "graphql",
      name: "a mutation sent by GET (a link a browser would follow)",
      run: async () =>
        refusedWith(
          await env().app.request(
            `/graphql?query=${encodeURIComponent('mutation { registerPerson(input: { givenName: "Via", familyName: "Get" }) { id } }')}`,
            {
              headers: {
                authorization: `Bearer ${await env().token()}`,
                accept: "application/json",
              },
            },
          ),
          { secrets: env().secrets },
        ),
    },
  ]
}
