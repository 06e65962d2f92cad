import { describe, expect, it } from "vitest"
import { londonDateOf } from "@openpb/core"
import { eligibleCarerAssessment } from "@openpb/scenarios"
import { trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("consents", ["council-admin", "finance"], {
  OPENPB_RESEARCH_KEY: "a research key long enough for the extract's rule",
})

interface JourneyView {
  readonly id: string
  readonly personId: string
  readonly stage: string
  readonly budgetId: string | null
  readonly financial: { readonly weeklyContributionPence: number } | null
}
interface PersonView {
  readonly id: string
  readonly givenName: string
  readonly familyName: string
}

const asStaff = <A>(path: string, input: unknown, kind: "query" | "mutation" = "query") =>
  trpc<A>(demo.url(), path, input, kind, demo.token())

const graphql = async (token: string, query: string, variables: Record<string, unknown>) => {
  const response = await fetch(`${demo.url()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>
  }
}

const refusal = (call: Promise<unknown>) =>
  call.then(
    () => "ok",
    (error: { code?: string }) => error.code ?? "unknown",
  )

/** The demo person called `name`, with their journey. */
const demoPerson = async (name: string) => {
  const page = await asStaff<{ items: ReadonlyArray<JourneyView> }>("journey.list", { first: 100 })
  for (const journey of page.items) {
    const person = await asStaff<PersonView>("person.get", { personId: journey.personId })
    if (`${person.givenName} ${person.familyName}` === name) return { person, journey }
  }
  throw new Error(`no demo person called ${name}`)
}

const spending = (budgetId: string, key: string) => ({
  budgetId,
  idempotencyKey: key,
  lineId: "l1",
  category: "personal-assistant",
  stream: "council-social-care",
  mechanism: "direct-payment",
  amountPence: 1_800,
  date: londonDateOf(Date.now()),
  payee: "Personal assistant",
})

/** The same spending as GraphQL's enums spell it. */
const spendingInGraphql = (budgetId: string, key: string) => ({
  ...spending(budgetId, key),
  category: "PERSONAL_ASSISTANT",
  stream: "COUNCIL_SOCIAL_CARE",
  mechanism: "DIRECT_PAYMENT",
})

const SPEND = `mutation Spend($input: RecordSpendingInput!) { recordSpending(input: $input) { id kind idempotencyKey } }`
const CONSENT = `mutation Consent($input: SetCarerConsentInput!) { setCarerConsent(input: $input) { id consentScopes } }`

describe("a carer does what the person consented to, scope by scope, through both APIs", () => {
  it("refuses spending on view-only consent and allows it once the person adds record-spending; income stays hidden without its own consent", async () => {
    const { person, journey } = await demoPerson("Grace Okoro")
    expect(journey.budgetId).not.toBeNull()
    const budgetId = journey.budgetId!
    const self = await demo.tokenFor({ subject: "grace", roles: ["person"], personId: person.id })
    const carerToken = await demo.tokenFor({ subject: "grace-sister", roles: ["carer"] })
    const carer = await asStaff<{ id: string }>(
      "carer.add",
      { personId: person.id, name: "Ruth Okoro", relationship: "sister", subject: "grace-sister" },
      "mutation",
    )
    const asCarer = <A>(path: string, input: unknown, kind: "query" | "mutation" = "query") =>
      trpc<A>(demo.url(), path, input, kind, carerToken)

    // View only: the record and the money, through tRPC, set by the person herself.
    const viewOnly = await trpc<{ consentScopes: ReadonlyArray<string> }>(
      demo.url(),
      "carer.setConsent",
      { carerId: carer.id, scopes: ["view-plan", "view-money"] },
      "mutation",
      self,
    )
    expect(viewOnly.consentScopes).toEqual(["view-plan", "view-money"])
    const seen = await asCarer<{ journey: JourneyView }>("journey.get", { journeyId: journey.id })
    expect(seen.journey.stage).toBe(journey.stage)
    // The contribution and the assessment behind it are finances: not in the carer's view.
    expect(seen.journey.financial).toBeNull()
    const decisions = await asCarer<ReadonlyArray<{ kind: string }>>("decision.ofPerson", {
      personId: person.id,
    })
    expect(decisions.length).toBeGreaterThan(0)
    expect(decisions.map((d) => d.kind)).not.toContain("financial-assessment")

    const postingsBefore = (await asStaff<ReadonlyArray<unknown>>("ledger.history", { budgetId }))
      .length
    expect(await refusal(asCarer("ledger.spend", spending(budgetId, "carer-1"), "mutation"))).toBe(
      "FORBIDDEN",
    )
    const viaGraphql = await graphql(carerToken, SPEND, {
      input: spendingInGraphql(budgetId, "carer-2"),
    })
    expect(viaGraphql.errors?.[0], JSON.stringify(viaGraphql.errors)).toMatchObject({
      extensions: { code: "FORBIDDEN" },
    })
    expect(viaGraphql.errors?.[0]?.message).toContain("record spending from my direct payment")
    expect((await asStaff<ReadonlyArray<unknown>>("ledger.history", { budgetId })).length).toBe(
      postingsBefore,
    )

    // The person adds record-spending and view-finances, through GraphQL.
    const widened = await graphql(self, CONSENT, {
      input: {
        carerId: carer.id,
        scopes: ["VIEW_PLAN", "VIEW_MONEY", "RECORD_SPENDING", "VIEW_FINANCES"],
      },
    })
    expect(widened.errors).toBeUndefined()
    await asStaff(
      "ledger.allocate",
      {
        budgetId,
        idempotencyKey: "consents-test-allocation",
        stream: "council-social-care",
        amountPence: 10_000,
        date: londonDateOf(Date.now()),
      },
      "mutation",
    )
    const spent = await asCarer<{ kind: string; idempotencyKey: string }>(
      "ledger.spend",
      spending(budgetId, "carer-3"),
      "mutation",
    )
    expect(spent).toMatchObject({ kind: "spending", idempotencyKey: "carer-3" })
    const spentViaGraphql = await graphql(carerToken, SPEND, {
      input: spendingInGraphql(budgetId, "carer-4"),
    })
    expect(spentViaGraphql.errors).toBeUndefined()
    expect(spentViaGraphql.data?.recordSpending).toMatchObject({ idempotencyKey: "carer-4" })
    const finances = await asCarer<{ journey: JourneyView }>("journey.get", {
      journeyId: journey.id,
    })
    expect(finances.journey.financial).not.toBeNull()

    // Withdrawn at once: the next call is refused.
    await trpc(demo.url(), "carer.setConsent", { carerId: carer.id, scopes: [] }, "mutation", self)
    expect(await refusal(asCarer("journey.get", { journeyId: journey.id }))).toBe("FORBIDDEN")
  })

  it("a person cannot set another person's consents", async () => {
    const { person } = await demoPerson("Grace Okoro")
    const { person: other } = await demoPerson("Hannah Clarke")
    const stranger = await demo.tokenFor({
      subject: "hannah",
      roles: ["person"],
      personId: other.id,
    })
    expect(
      await refusal(
        trpc(
          demo.url(),
          "person.setResearchConsent",
          { personId: person.id, researchConsent: true },
          "mutation",
          stranger,
        ),
      ),
    ).toBe("FORBIDDEN")
  })
})

interface RunView {
  readonly id: string
  readonly status: string
  readonly rowCount: number
}

const researchRows = async (via: "trpc" | "graphql") => {
  const parameters = { period: { from: "2000-01-01", to: "2099-12-31" } }
  let run: RunView
  if (via === "trpc") {
    run = await asStaff<RunView>(
      "export.start",
      { exporterId: "research-extract", format: "csv", parameters },
      "mutation",
    )
  } else {
    const started = await graphql(
      demo.token(),
      `mutation Start($input: StartExportInput!) { startExport(input: $input) { id status rowCount } }`,
      { input: { exporterId: "research-extract", format: "CSV", parameters } },
    )
    expect(started.errors).toBeUndefined()
    const view = started.data!.startExport as RunView
    run = { ...view, status: view.status.toLowerCase() }
  }
  while (run.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 100))
    run = await asStaff<RunView>("export.get", { runId: run.id })
  }
  expect(run.status).toBe("completed")
  return run.rowCount
}

describe("research consent, given and withdrawn by the person, through both APIs", () => {
  it("puts the person in the next extract when given and leaves them out of the next when withdrawn", async () => {
    const { person } = await demoPerson("Hannah Clarke")
    const self = await demo.tokenFor({ subject: "hannah", roles: ["person"], personId: person.id })
    // Nobody in the demo data has consented: the extract is empty.
    expect(await researchRows("trpc")).toBe(0)

    const given = await trpc<{ researchConsent: boolean }>(
      demo.url(),
      "person.setResearchConsent",
      { personId: person.id, researchConsent: true },
      "mutation",
      self,
    )
    expect(given.researchConsent).toBe(true)
    // Hannah Clarke's one completed review.
    expect(await researchRows("graphql")).toBe(1)

    const withdrawn = await graphql(
      self,
      `mutation Withdraw($input: SetResearchConsentInput!) { setResearchConsent(input: $input) { researchConsent } }`,
      { input: { personId: person.id, researchConsent: false } },
    )
    expect(withdrawn.data?.setResearchConsent).toEqual({ researchConsent: false })
    expect(await researchRows("trpc")).toBe(0)
    expect(await researchRows("graphql")).toBe(0)
  })
})

describe("a carer's own journey, through both APIs", () => {
  it("lets the carer read and challenge her own eligibility decision, and keeps it from the person she cares for", async () => {
    const mother = await asStaff<PersonView>(
      "person.register",
      { givenName: "Grace", familyName: "Adebayo" },
      "mutation",
    )
    const daughter = await asStaff<PersonView>(
      "person.register",
      { givenName: "Ruth", familyName: "Adebayo" },
      "mutation",
    )
    const journey = await asStaff<JourneyView & { caresFor?: string }>(
      "journey.refer",
      {
        personId: daughter.id,
        caresFor: mother.id,
        referral: { source: "carer", referredBy: "Ruth herself", toldAbout: "Carers' budgets." },
      },
      "mutation",
    )
    expect(journey).toMatchObject({ personId: daughter.id, caresFor: mother.id })
    await asStaff("journey.startAssessment", { journeyId: journey.id }, "mutation")
    const decision = await asStaff<{ id: string; personId: string; outcome: string }>(
      "journey.assessCarer",
      { journeyId: journey.id, assessment: eligibleCarerAssessment },
      "mutation",
    )
    expect(decision).toMatchObject({ personId: daughter.id, outcome: "eligible" })

    const carer = await demo.tokenFor({
      subject: "ruth-adebayo",
      roles: ["person", "carer"],
      personId: daughter.id,
    })
    const caredFor = await demo.tokenFor({
      subject: "grace-adebayo",
      roles: ["person"],
      personId: mother.id,
    })
    // tRPC: the carer reads her decision; the person she cares for cannot.
    const read = await trpc<{ id: string; kind: string }>(
      demo.url(),
      "decision.get",
      { decisionId: decision.id },
      "query",
      carer,
    )
    expect(read).toMatchObject({ id: decision.id, kind: "carer-eligibility" })
    expect(
      await refusal(
        trpc(demo.url(), "decision.get", { decisionId: decision.id }, "query", caredFor),
      ),
    ).toBe("FORBIDDEN")

    // GraphQL: the same, and the carer lodges her challenge.
    const READ = `query Read($id: ID!) { decision(decisionId: $id) { id personId kind } }`
    const seen = await graphql(carer, READ, { id: decision.id })
    expect(seen.data?.decision).toMatchObject({ id: decision.id, personId: daughter.id })
    const hidden = await graphql(caredFor, READ, { id: decision.id })
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN")
    const lodged = await graphql(
      carer,
      `mutation Lodge($input: LodgeChallengeInput!) { lodgeChallenge(input: $input) { id personId status } }`,
      {
        input: { decisionId: decision.id, grounds: "I need a break every week, not every month." },
      },
    )
    expect(lodged.errors).toBeUndefined()
    expect(lodged.data?.lodgeChallenge).toMatchObject({ personId: daughter.id })
  })
})
