import { documentIdOf } from "./trustedDocuments.ts"

/**
 * A GraphQL document with the types of its variables and result, for any GraphQL client.
 * The documents below are checked against the committed `schema.graphql` by the test suite.
 */
export interface TypedDocument<Result, Variables> {
  readonly query: string
  readonly __types?: { readonly result: Result; readonly variables: Variables }
}

const typedDocument = <Result, Variables = Record<string, never>>(
  query: string,
): TypedDocument<Result, Variables> => ({ query })

export interface BudgetSummary {
  readonly id: string
  readonly amountPence: number
  readonly status: "INDICATIVE" | "ACTIVE" | "SUSPENDED" | "ENDED"
  readonly deliveryMechanism: "NOTIONAL" | "THIRD_PARTY" | "DIRECT_PAYMENT"
  readonly person: { readonly givenName: string; readonly familyName: string }
}

/** A person's portal: their budget and the decisions made about them, with reasons. */
export const PortalDecisions = typedDocument<
  {
    readonly decisionsOfPerson: ReadonlyArray<{
      readonly id: string
      readonly kind: string
      readonly outcome: string
      readonly reasons: ReadonlyArray<{ readonly text: string; readonly met: boolean | null }>
      readonly policyId: string
      readonly policyVersion: string
      readonly challengeHow: string
      readonly challengeDeadline: string
    }>
  },
  { readonly personId: string }
>(`query PortalDecisions($personId: ID!) {
  decisionsOfPerson(personId: $personId) {
    id kind outcome reasons { text met } policyId policyVersion challengeHow challengeDeadline
  }
}`)

/** A practitioner's caseload: open journeys, next review, overdue. */
export const Caseload = typedDocument<{
  readonly myCaseload: ReadonlyArray<{
    readonly nextReviewDue: string | null
    readonly overdue: boolean
    readonly journey: { readonly id: string; readonly personId: string; readonly stage: string }
  }>
}>(`query Caseload {
  myCaseload { nextReviewDue overdue journey { id personId stage } }
}`)

/** The council's budgets, a page at a time. */
export const Budgets = typedDocument<
  {
    readonly budgets: {
      readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: BudgetSummary }>
      readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null }
    }
  },
  { readonly first?: number; readonly after?: string }
>(`query Budgets($first: Int, $after: String) {
  budgets(first: $first, after: $after) {
    edges { cursor node { id amountPence status deliveryMechanism person { givenName familyName } } }
    pageInfo { hasNextPage endCursor }
  }
}`)

export const documents = { PortalDecisions, Caseload, Budgets }

/** Sends a typed document with fetch; throws with the first error's code when the API refuses. */
export const requestGraphql = async <Result, Variables>(
  options: {
    readonly url: string
    readonly token: () => string | Promise<string>
    readonly fetch?: typeof globalThis.fetch
    /** Send the document's id instead of its text, for a deployment that runs only trusted documents. */
    readonly byId?: boolean
  },
  doc: TypedDocument<Result, Variables>,
  variables: Variables,
): Promise<Result> => {
  const document = options.byId
    ? { documentId: `sha256:${await documentIdOf(doc.query)}` }
    : { query: doc.query }
  const response = await (options.fetch ?? fetch)(`${options.url.replace(/\/+$/, "")}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${await options.token()}`,
    },
    body: JSON.stringify({ ...document, variables }),
  })
  const body = (await response.json()) as {
    data?: Result
    errors?: Array<{ message: string; extensions?: { code?: string } }>
  }
  if (body.errors?.length) {
    const first = body.errors[0]!
    throw Object.assign(new Error(first.message), { code: first.extensions?.code })
  }
  return body.data as Result
}
