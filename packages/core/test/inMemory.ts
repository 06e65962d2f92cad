import { Context, Effect, Layer, Option, Ref } from "effect"
import {
  Actor,
  type Budget,
  BudgetRepository,
  CouncilId,
  CurrentActor,
  type DomainEventInput,
  EventLog,
  Person,
  AuditLog,
  noRelation,
  PersonRepository,
  Relationships,
  UnitOfWork,
} from "../src/index.ts"

interface State {
  readonly people: ReadonlyMap<string, Person>
  readonly budgets: ReadonlyMap<string, Budget>
  readonly events: ReadonlyArray<DomainEventInput>
}

/** The whole in-memory database, so tests can count what a command wrote. */
export class InMemoryState extends Context.Service<InMemoryState, Ref.Ref<State>>()(
  "test/InMemoryState",
) {}

const ports = Layer.effectContext(
  Effect.gen(function* () {
    const state = yield* InMemoryState
    const update = (f: (s: State) => State) => Ref.update(state, f)
    return Context.make(PersonRepository, {
      insert: (person) =>
        update((s) => ({ ...s, people: new Map(s.people).set(person.id, person) })),
      findById: (councilId, id) =>
        Ref.get(state).pipe(
          Effect.map((s) =>
            Option.filter(Option.fromNullishOr(s.people.get(id)), (p) => p.councilId === councilId),
          ),
        ),
      update: (person) =>
        update((s) => ({ ...s, people: new Map(s.people).set(person.id, person) })),
      setResearchConsent: (councilId, id, consent) =>
        update((s) => {
          const person = s.people.get(id)
          if (person === undefined || person.councilId !== councilId) return s
          return {
            ...s,
            people: new Map(s.people).set(id, new Person({ ...person, researchConsent: consent })),
          }
        }),
    }).pipe(
      Context.add(BudgetRepository, {
        insert: (budget) =>
          update((s) => ({ ...s, budgets: new Map(s.budgets).set(budget.id, budget) })),
        update: (budget) =>
          update((s) => ({ ...s, budgets: new Map(s.budgets).set(budget.id, budget) })),
        findById: (councilId, id) =>
          Ref.get(state).pipe(
            Effect.map((s) =>
              Option.filter(
                Option.fromNullishOr(s.budgets.get(id)),
                (b) => b.councilId === councilId,
              ),
            ),
          ),
        list: ({ councilId, limit, afterId, visibleTo }) =>
          Ref.get(state).pipe(
            Effect.map((s) =>
              [...s.budgets.values()]
                .filter(
                  (b) => b.councilId === councilId && (afterId === undefined || b.id > afterId),
                )
                // Like Relationships below, the only relation kept here is a person's own.
                .filter(
                  (b) =>
                    visibleTo === undefined ||
                    visibleTo.all ||
                    visibleTo.relations.some(
                      (r) => r.reach === "self" && r.personId === b.personId,
                    ),
                )
                .sort((a, b) => (a.id < b.id ? -1 : 1))
                .slice(0, limit),
            ),
          ),
      }),
      Context.add(Relationships, {
        relationTo: (actor, personId) =>
          Effect.succeed({
            ...noRelation,
            self: actor.has("person") && actor.personId === personId,
          }),
      }),
      Context.add(AuditLog, {
        recordWrite: () => Effect.void,
        recordRead: () => Effect.void,
        recordReads: () => Effect.void,
        search: () => Effect.succeed([]),
        flush: Effect.void,
      }),
      Context.add(EventLog, {
        append: (event) => update((s) => ({ ...s, events: [...s.events, event] })),
        appendOnce: (events) =>
          Effect.flatMap(Ref.get(state), (s) => {
            // appendOnce: what no event of its type and aggregate holds yet, each once.
            const seen = new Set(
              s.events.map((e) => `${e.type}|${e.aggregateType}|${e.aggregateId}`),
            )
            const fresh = events.filter((e) => {
              const key = `${e.type}|${e.aggregateType}|${e.aggregateId}`
              if (seen.has(key)) return false
              seen.add(key)
              return true
            })
            return Effect.as(
              update((s) => ({ ...s, events: [...s.events, ...fresh] })),
              fresh.length,
            )
          }),
      }),
      // Like a rollback: a failed command puts the state back as it was.
      Context.add(UnitOfWork, {
        transaction: (effect) =>
          Effect.flatMap(Ref.get(state), (before) =>
            Effect.tapError(effect, () => Ref.set(state, before)),
          ),
      }),
    )
  }),
)

/**
 * In-memory ports for core's unit tests; store's suites run the same use cases on
 * PGlite and PostgreSQL.
 */
export const layerInMemory = () =>
  ports.pipe(
    Layer.provideMerge(
      Layer.effect(
        InMemoryState,
        Ref.make<State>({ people: new Map(), budgets: new Map(), events: [] }),
      ),
    ),
  )

export const actorOf = (council: string) =>
  Layer.succeed(
    CurrentActor,
    new Actor({
      subject: `tester@${council}`,
      roles: ["council-admin"],
      councilId: CouncilId.make(council),
    }),
  )
