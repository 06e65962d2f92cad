import {
  Actor,
  CouncilId,
  CurrentActor,
  createBudget,
  listBudgets,
  registerPerson,
} from "@openpb/core"
import { Effect } from "effect"
import { COUNCIL_ID } from "./config.ts"
import { seedDemoJourneys } from "./seedJourneys.ts"

const seeder = new Actor({
  subject: "system:seed",
  roles: ["system"],
  councilId: CouncilId.make(COUNCIL_ID),
})

interface DemoPerson {
  readonly givenName: string
  readonly familyName: string
  readonly dateOfBirth: string
  readonly budgets: ReadonlyArray<Omit<Parameters<typeof createBudget>[0] & object, "personId">>
}

const demoPeople: ReadonlyArray<DemoPerson> = [
  {
    givenName: "Amara",
    familyName: "Okafor",
    dateOfBirth: "1987-04-12",
    budgets: [
      {
        amountPence: 780_000,
        fundingStreams: [{ stream: "council-social-care", amountPence: 780_000 }],
        deliveryMechanism: "direct-payment",
      },
    ],
  },
  {
    givenName: "Tomasz",
    familyName: "Nowak",
    dateOfBirth: "1972-11-03",
    budgets: [
      {
        amountPence: 1_250_000,
        fundingStreams: [
          { stream: "council-social-care", amountPence: 900_000 },
          { stream: "nhs-health", amountPence: 350_000 },
        ],
        deliveryMechanism: "third-party",
      },
    ],
  },
  {
    givenName: "Priya",
    familyName: "Sharma",
    dateOfBirth: "1995-07-28",
    budgets: [
      {
        amountPence: 420_000,
        fundingStreams: [{ stream: "nhs-health", amountPence: 420_000 }],
        deliveryMechanism: "notional",
      },
    ],
  },
  {
    givenName: "Gareth",
    familyName: "Evans",
    dateOfBirth: "1963-01-19",
    budgets: [
      {
        amountPence: 600_000,
        fundingStreams: [{ stream: "council-social-care", amountPence: 600_000 }],
        deliveryMechanism: "notional",
      },
    ],
  },
]

/** Fills an empty deployment with the fictional council's demo people and budgets, once. */
export const seedDemoData = Effect.gen(function* () {
  const existing = yield* listBudgets({ first: 1 })
  if (existing.items.length > 0) return { seeded: false as const }
  for (const demo of demoPeople) {
    const person = yield* registerPerson({
      givenName: demo.givenName,
      familyName: demo.familyName,
      dateOfBirth: demo.dateOfBirth,
    })
    for (const budget of demo.budgets) {
      yield* createBudget({ ...budget, personId: person.id })
    }
  }
  yield* seedDemoJourneys
  return { seeded: true as const }
}).pipe(Effect.provideService(CurrentActor, seeder), Effect.withSpan("seedDemoData"))
