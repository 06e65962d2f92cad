/**
 * A practitioner's caseload view and a person's decisions, as a frontend would build them.
 * Run against a started server: OPENPB_URL=http://localhost:4000 OPENPB_TOKEN=... tsx examples/caseload.ts
 */
import {
  Caseload,
  createOpenpbClient,
  PortalDecisions,
  requestGraphql,
  withHeaders,
} from "../src/index.ts"

const url = process.env.OPENPB_URL ?? "http://localhost:4000"
const token = () => process.env.OPENPB_TOKEN ?? ""

// Every request of this client gets its own request id (the server echoes it and audits it).
const client = createOpenpbClient({
  url,
  token,
  headers: () => ({ "x-request-id": `caseload-example-${crypto.randomUUID()}` }),
})

// tRPC: the budgets, typed end to end.
const page = await client.budget.list.query({ first: 5 })
for (const budget of page.items) {
  console.log(
    `budget ${budget.id}: ${(budget.amountPence / 100).toFixed(2)} GBP, ${budget.deliveryMechanism}, ${budget.status}`,
  )
}

// tRPC: the council's journeys, and the decisions about the first person, with their reasons.
const journeys = await client.journey.list.query({ first: 50 })
const someone = journeys.items.find((j) => j.eligibilityDecisionId !== null)
if (someone) {
  // This call states why the person's record is looked at: it is kept in the audit trail.
  const decisions = await client.decision.ofPerson.query(
    { personId: someone.personId },
    withHeaders({ "x-openpb-purpose": "caseload example" }),
  )
  for (const decision of decisions) {
    console.log(
      `decision ${decision.kind}: ${decision.outcome} (${decision.policy.id} ${decision.policy.version})`,
    )
    console.log(`  because: ${decision.reasons[0].text}`)
    console.log(
      `  to challenge by ${decision.challenge.deadline}: ${decision.challenge.how.slice(0, 60)}...`,
    )
  }
  // GraphQL: the same decisions through a typed document.
  const viaGraphql = await requestGraphql(
    { url, token },
    PortalDecisions,
    { personId: someone.personId },
    { "x-openpb-purpose": "caseload example" },
  )
  console.log(`graphql decisions: ${viaGraphql.decisionsOfPerson.length}`)
}

// GraphQL: a caseload view (empty for a user who is not a practitioner or adviser).
const caseload = await requestGraphql({ url, token }, Caseload, { first: 50 })
console.log(`caseload entries: ${caseload.myCaseload.edges.length}`)
