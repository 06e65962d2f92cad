import { Actor, CouncilId } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  aftercareAfterSectionTwo,
  challengedAndFluctuating,
  challengedBudget,
  directPaymentsEnded,
  mixedBudget,
  type JourneyApi,
  type JourneyStep,
  type LedgerStep,
  positiveEnding,
} from "@openpb/scenarios"
import {
  makeTestClock,
  makeTestManagedRuntime,
  runAs,
  testDatabaseKind,
} from "@openpb/store/testing"
import { Effect } from "effect"
import {
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeYoga, schema } from "../src/index.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "journey-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "panel-chair", roles: ["approver"], councilId })
const finance = new Actor({ subject: "finance-officer", roles: ["finance"], councilId })

const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
beforeAll(() => runtime.runPromise(Effect.void))
afterAll(() => runtime.dispose())

const yoga = makeYoga({ production: false })

// The scenarios speak core's encoded values (kebab-case literals, records as objects); GraphQL
// names enum values in SCREAMING_CASE and carries records as `{ key, value }` lists. These two
// walks translate by the schema's own types, so the documents below stay typed by the schema
// and the scenarios stay API-neutral.

/** A core value as a GraphQL input of `type`: enum literals by their GraphQL names. */
const toGraphqlInput = (type: GraphQLInputType, value: unknown): unknown => {
  if (value === null || value === undefined) return value
  if (isNonNullType(type)) return toGraphqlInput(type.ofType, value)
  if (isListType(type)) {
    if (Array.isArray(value)) return value.map((item) => toGraphqlInput(type.ofType, item))
    if (isEntries(getNamedType(type.ofType)) && typeof value === "object")
      return Object.entries(value).map(([key, v]) => toGraphqlInput(type.ofType, { key, value: v }))
    return value
  }
  if (isEnumType(type)) {
    // Left as it is when it names no value, so GraphQL itself refuses it.
    return type.getValues().find((v) => v.value === value)?.name ?? value
  }
  if (isInputObjectType(type) && typeof value === "object") {
    const fields = type.getFields()
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        const field = fields[key]
        return [key, field ? toGraphqlInput(field.type, v) : v]
      }),
    )
  }
  return value
}

/** A `{ key, value }` entry type: a record on core's side. */
const isEntries = (type: GraphQLNamedType) =>
  (isObjectType(type) || isInputObjectType(type)) &&
  Object.keys(type.getFields()).sort().join() === "key,value"

/** A GraphQL result of `type` as core's encoded value: enum names back to core's literals. */
const fromGraphqlOutput = (type: GraphQLOutputType, value: unknown): unknown => {
  if (value === null || value === undefined) return value
  if (isNonNullType(type)) return fromGraphqlOutput(type.ofType, value)
  if (isListType(type)) {
    const items = (value as ReadonlyArray<unknown>).map((v) => fromGraphqlOutput(type.ofType, v))
    return isEntries(getNamedType(type.ofType))
      ? Object.fromEntries(items.map((e) => [(e as Entry).key, (e as Entry).value]))
      : items
  }
  if (isEnumType(type)) {
    const known = type.getValue(String(value))
    if (known == null) throw new Error(`${type.name} has no value ${String(value)}`)
    return known.value
  }
  if (isObjectType(type)) {
    const fields = type.getFields()
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => {
        const field = fields[key]
        if (field === undefined) throw new Error(`${type.name} has no field ${key}`)
        return [key, fromGraphqlOutput(field.type, v)]
      }),
    )
  }
  return value
}
interface Entry {
  readonly key: string
  readonly value: unknown
}

const fragments = {
  JourneyView: `fragment JourneyView on Journey {
    id personId stage version budgetId eligibilityDecisionId indicativeDecisionId
    plans { version content { lines { deliveryMechanism } } }
    reviews { id status dueDate measures { instrument figures { name value } wantsHelpWith } }
    approved { decisionId costOfMeetingNeedsPence planVersion }
    directPaymentEnding { endsOn noticeDecisionId completed { returnedPence decisionId } }
    contingency { until decisionId }
    ending { reason decisionId }
  }`,
  PostingView: `fragment PostingView on Posting {
    id kind idempotencyKey effectiveDate entries { account amountPence }
  }`,
  BudgetView: `fragment BudgetView on Budget {
    id amountPence status deliveryMechanism fundingStreams { stream amountPence }
  }`,
  DecisionView: `fragment DecisionView on Decision {
    id kind outcome reasons { criterion met text } policy { id version } challenge { how deadline } supersedes
  }`,
}

/**
 * A document calling one Query or Mutation field with the given arguments, each a variable
 * typed as the schema types the argument (`$input: SuspendBudgetInput!`).
 */
const documentFor = (
  operation: "query" | "mutation",
  field: string,
  argNames: ReadonlyArray<string>,
  selection: string,
) => {
  const root = operation === "query" ? schema.getQueryType() : schema.getMutationType()
  const definition = root?.getFields()[field]
  if (definition === undefined) throw new Error(`no ${operation} field ${field}`)
  const argOf = (name: string) => {
    const arg = definition.args.find((a) => a.name === name)
    if (arg === undefined) throw new Error(`${field} takes no argument ${name}`)
    return arg
  }
  const variables = argNames.map((name) => `$${name}: ${String(argOf(name).type)}`).join(", ")
  const args = argNames.map((name) => `${name}: $${name}`).join(", ")
  const used = Object.entries(fragments).filter(([name]) => selection.includes(`...${name}`))
  return {
    definition,
    argOf,
    query: `${operation}${variables ? `(${variables})` : ""} { ${field}${args ? `(${args})` : ""} ${selection} }
${used.map(([, text]) => text).join("\n")}`,
  }
}

const ledgerFields: Record<LedgerStep, string> = {
  allocate: "recordAllocation",
  allocateDue: "allocateDue",
  pay: "recordPayment",
  checkSurplus: "checkDirectPaymentSurplus",
  confirmRecovery: "confirmRecovery",
}

const graphqlJourneyApi = (): JourneyApi => {
  const time = makeTestClock()
  const runAsActor = (actor: Actor) => runAs(runtime, actor, time.clock)
  const gql = async (actor: Actor, query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      },
      { run: runAsActor(actor), requestId: "journey-test" },
    )
    const body = (await response.json()) as {
      data?: Record<string, unknown>
      errors?: Array<{ message: string }>
    }
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "))
    return body.data!
  }
  /** Calls a field with core's values as its arguments, and reads its result as core's value. */
  const call = async <A>(
    actor: Actor,
    operation: "query" | "mutation",
    field: string,
    args: Record<string, unknown>,
    selection: string,
  ): Promise<A> => {
    const names = Object.keys(args)
    const { definition, argOf, query } = documentFor(operation, field, names, selection)
    const variables = Object.fromEntries(
      names.map((name) => [name, toGraphqlInput(argOf(name).type, args[name])]),
    )
    const data = await gql(actor, query, variables)
    return fromGraphqlOutput(definition.type, data[field]) as A
  }
  const stepNames: Partial<Record<JourneyStep, string>> = {
    suspend: "suspendBudget",
    resume: "resumeBudget",
    end: "endJourney",
  }
  return {
    registerPerson: (input) => call(admin, "mutation", "registerPerson", { input }, "{ id }"),
    refer: (input) => call(admin, "mutation", "referPerson", { input }, "{ ...JourneyView }"),
    step: (name, input) =>
      call(
        name === "decidePlan" ? approver : admin,
        "mutation",
        stepNames[name] ?? name,
        { input },
        "{ ...JourneyView }",
      ),
    getJourney: (journeyId) =>
      call(
        admin,
        "query",
        "journey",
        { journeyId },
        "{ contingencyActive journey { ...JourneyView } }",
      ),
    getDecision: (decisionId) =>
      call(admin, "query", "decision", { decisionId }, "{ ...DecisionView }"),
    decisionsOf: (personId) =>
      call(admin, "query", "decisionsOfPerson", { personId }, "{ ...DecisionView }"),
    lodgeChallenge: (input) =>
      call(admin, "mutation", "lodgeChallenge", { input }, "{ id status }"),
    resolveChallenge: (input) =>
      call(approver, "mutation", "resolveChallenge", { input }, "{ id status }"),
    budget: (budgetId) => call(admin, "query", "budget", { budgetId }, "{ ...BudgetView }"),
    statement: (budgetId, from, to) =>
      call(
        finance,
        "query",
        "budgetStatement",
        { budgetId, from, to },
        "{ deliveryMechanism byMechanism { mechanism plannedAnnualPence paidPence spentPence } }",
      ),
    postings: (budgetId) =>
      call(finance, "query", "ledgerHistory", { budgetId }, "{ ...PostingView }"),
    ledger: (name, input) =>
      call(
        finance,
        "mutation",
        ledgerFields[name],
        { input },
        name === "checkSurplus" ? "{ ...DecisionView }" : "{ ...PostingView }",
      ),
    advanceDays: time.advanceDays,
  }
}

describe(`the journey through GraphQL on ${testDatabaseKind()}`, () => {
  it("reads a plan held two ways as a mixed budget, its statement split by mechanism in pence", async () => {
    await mixedBudget(graphqlJourneyApi(), { givenName: "Nia", familyName: "Mixed" })
  })

  it("stops direct payments with notice and a managed alternative before any money returns", async () => {
    const { returnedPence } = await directPaymentsEnded(graphqlJourneyApi(), {
      givenName: "Ada",
      familyName: "Mensah",
    })
    expect(returnedPence).toBe(5_000)
  })

  it("raises an approved budget on a challenge that succeeds, with top-ups from its effective date, and withdraws a challenged surplus proposal", async () => {
    const { topUps } = await challengedBudget(graphqlJourneyApi(), {
      givenName: "Grace",
      familyName: "Adeyemi",
    })
    expect(topUps).toBe(2)
  })

  it("walks a person to a positive ending with two reviews", async () => {
    const { journey } = await positiveEnding(graphqlJourneyApi(), {
      givenName: "Priya",
      familyName: "Sharma",
    })
    expect(journey.stage).toBe("ended")
    expect(journey.reviews.filter((r) => r.status === "completed")).toHaveLength(2)
  })

  it("refuses a section 117 line after a section 2 detention alone, with the reason, saving nothing", async () => {
    const refusal = await aftercareAfterSectionTwo(graphqlJourneyApi(), {
      givenName: "Ffion",
      familyName: "Jones",
    })
    expect(refusal).toContain("plan.lines.0.section117Aftercare")
    expect(refusal).toContain("records only section 2")
  })

  it("walks a person through not-eligible, challenge, overturn, approval, suspension, resumption and an expiring contingency", async () => {
    const { decisions } = await challengedAndFluctuating(graphqlJourneyApi(), {
      givenName: "Gareth",
      familyName: "Evans",
    })
    expect(decisions.length).toBeGreaterThanOrEqual(8)
  })
})
