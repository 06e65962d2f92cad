import { describe, expect, it } from "vitest"
import { fhirErrors } from "./fhirValidator.ts"
import { trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("fhir", ["council-admin"])

interface Reference {
  readonly reference?: string
}
interface Resource {
  readonly resourceType: string
  readonly id: string
}
interface Patient extends Resource {
  readonly identifier?: ReadonlyArray<{ readonly system: string; readonly value: string }>
}
interface CarePlan extends Resource {
  readonly status: string
  readonly subject: Reference
  readonly goal: ReadonlyArray<Reference>
  readonly activity: ReadonlyArray<{ readonly detail: { readonly description: string } }>
}
interface PersonPlans {
  readonly patient: Patient
  readonly carePlans: ReadonlyArray<CarePlan>
  readonly goals: ReadonlyArray<Resource>
}
interface JourneyView {
  readonly id: string
  readonly personId: string
  readonly plans: ReadonlyArray<{ readonly content: { readonly lines: ReadonlyArray<unknown> } }>
}

const asAdmin = <A>(path: string, input: unknown, kind: "query" | "mutation" = "query") =>
  trpc<A>(demo.url(), path, input, kind, demo.token())

const graphql = async (query: string, variables: Record<string, unknown>) => {
  const response = await fetch(`${demo.url()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${demo.token()}` },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: ReadonlyArray<{ message: string }>
  }
}

const PLANS = `query Plans($personId: ID!) {
  fhirPlansOfPerson(personId: $personId) {
    patient { resourceType id identifier { system value } name { use family given } birthDate }
    carePlans {
      resourceType id status intent title created meta { versionId }
      subject { reference display } period { start end }
      extension { url extension { url valueMoney { value currency } valueCode valueString } }
      goal { reference }
      activity { detail {
        status description code { text }
        extension { url extension { url valueMoney { value currency } valueCode valueBoolean } }
        scheduledTiming { repeat { count period periodUnit } } quantity { value unit }
        goal { reference } performer { display }
      } }
    }
    goals {
      resourceType id lifecycleStatus description { text } target { measure { text } }
      subject { reference } expressedBy { reference } category { text }
    }
  }
}`

/** Every journey of the demo council that has a plan, by its person. */
const plannedJourneys = async () => {
  const page = await asAdmin<{ items: ReadonlyArray<JourneyView> }>("journey.list", { first: 100 })
  const byPerson = new Map<string, Array<JourneyView>>()
  for (const journey of page.items.filter((j) => j.plans.length > 0))
    byPerson.set(journey.personId, [...(byPerson.get(journey.personId) ?? []), journey])
  return byPerson
}

const resourcesOf = (plans: PersonPlans): ReadonlyArray<Resource> => [
  plans.patient,
  ...plans.carePlans,
  ...plans.goals,
]

describe("support plans as FHIR R4 through both APIs", () => {
  it("gives every demo person with a plan their Patient, CarePlans and Goals, valid with zero errors, the same over tRPC and GraphQL", async () => {
    const planned = await plannedJourneys()
    expect(planned.size).toBeGreaterThan(3)
    const statuses = new Set<string>()
    let rated = 0
    for (const [personId, journeys] of planned) {
      const plans = await asAdmin<PersonPlans>("fhir.plansOfPerson", { personId })
      for (const carePlan of plans.carePlans) statuses.add(carePlan.status)
      rated += plans.goals.filter((g) => "achievementStatus" in g).length
      expect(plans.patient.id).toBe(personId)
      expect(plans.carePlans.map((c) => c.id).sort()).toEqual(journeys.map((j) => j.id).sort())
      for (const carePlan of plans.carePlans) {
        expect(carePlan.subject.reference).toBe(`Patient/${personId}`)
        expect(carePlan.activity.length).toBeGreaterThan(0)
        // Every goal a CarePlan names is among the record's Goals.
        const goalIds = new Set(plans.goals.map((g) => `Goal/${g.id}`))
        for (const goal of carePlan.goal) expect(goalIds.has(goal.reference!)).toBe(true)
      }
      for (const resource of resourcesOf(plans)) expect(fhirErrors(resource)).toEqual([])

      const viaGraphql = await graphql(PLANS, { personId })
      expect(viaGraphql.errors).toBeUndefined()
      const typed = viaGraphql.data!.fhirPlansOfPerson as PersonPlans
      // GraphQL spells FHIR's codes as enum values (`ACTIVE`); everything else is the same.
      expect(
        typed.carePlans.map((c) => [c.id, c.status.toLowerCase().replaceAll("_", "-")]),
      ).toEqual(plans.carePlans.map((c) => [c.id, c.status]))
      expect(typed.carePlans.map((c) => c.activity)).toEqual(
        plans.carePlans.map((c) =>
          c.activity.map((a) => ({
            detail: expect.objectContaining({ description: a.detail.description }),
          })),
        ),
      )
      expect(typed.goals.map((g) => g.id)).toEqual(plans.goals.map((g) => g.id))
    }
    // The demo data holds plans at every state: drafted, in force, suspended, ended.
    expect([...statuses].sort()).toEqual(["active", "completed", "draft", "on-hold"])
    // Hannah Clarke's completed review rated both her outcomes.
    expect(rated).toBe(2)
  })

  it("names the person by their NHS number under UK Core's system", async () => {
    const person = await asAdmin<{ id: string }>(
      "person.register",
      { givenName: "Rhys", familyName: "Morgan", nhsNumber: "9434765919" },
      "mutation",
    )
    const plans = await asAdmin<PersonPlans>("fhir.plansOfPerson", { personId: person.id })
    expect(plans.patient.identifier).toEqual([
      { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9434765919" },
    ])
    expect(plans.carePlans).toEqual([])
    expect(fhirErrors(plans.patient)).toEqual([])
  })

  it("refuses a person's own record to someone outside their circle", async () => {
    const [personId] = [...(await plannedJourneys()).keys()]
    const stranger = await demo.tokenFor({
      subject: "someone-else",
      roles: ["person"],
      personId: "0190b4e8-9999-7000-8000-000000000009",
    })
    const refused = await trpc(
      demo.url(),
      "fhir.plansOfPerson",
      { personId },
      "query",
      stranger,
    ).then(
      () => undefined,
      (error: { code?: string }) => error.code,
    )
    expect(refused).toBe("FORBIDDEN")
  })
})

interface RunView {
  readonly id: string
  readonly status: string
  readonly rowCount: number
}

describe("the council's FHIR NDJSON export", () => {
  it("is offered to the council's administrators, as NDJSON only", async () => {
    const exporters = await asAdmin<ReadonlyArray<{ id: string; formats: ReadonlyArray<string> }>>(
      "export.exporters",
      {},
    )
    expect(exporters.find((e) => e.id === "fhir-plans")?.formats).toEqual(["ndjson"])
  })

  it("writes one valid Bundle a line for every demo person with a plan, holding what the per-person query gives", async () => {
    let run = await asAdmin<RunView>(
      "export.start",
      { exporterId: "fhir-plans", format: "ndjson", parameters: {} },
      "mutation",
    )
    while (run.status === "running") {
      await new Promise((resolve) => setTimeout(resolve, 100))
      run = await asAdmin<RunView>("export.get", { runId: run.id })
    }
    expect(run.status).toBe("completed")
    const response = await fetch(`${demo.url()}/exports/${run.id}/file`, {
      headers: { authorization: `Bearer ${demo.token()}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toContain("application/fhir+ndjson")
    const lines = (await response.text()).split("\n")
    expect(lines.pop()).toBe("")

    const planned = await plannedJourneys()
    expect(lines).toHaveLength(planned.size)
    expect(run.rowCount).toBe(planned.size)
    const exportedPlans = new Set<string>()
    for (const line of lines) {
      const bundle = JSON.parse(line) as {
        resourceType: string
        type: string
        entry: ReadonlyArray<{ resource: Resource }>
      }
      expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" })
      expect(fhirErrors(bundle)).toEqual([])
      const resources = bundle.entry.map((e) => e.resource)
      const patient = resources[0]!
      expect(patient.resourceType).toBe("Patient")
      const perPerson = await asAdmin<PersonPlans>("fhir.plansOfPerson", { personId: patient.id })
      expect(resources).toEqual(resourcesOf(perPerson))
      for (const r of resources) if (r.resourceType === "CarePlan") exportedPlans.add(r.id)
    }
    // Every plan of the demo data is in the export.
    const journeys = [...planned.values()].flat().map((j) => j.id)
    expect([...exportedPlans].sort()).toEqual(journeys.sort())
  })
})
