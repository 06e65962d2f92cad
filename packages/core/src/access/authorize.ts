import { Effect } from "effect"
import { CurrentActor, type Actor } from "../model/Actor.ts"
import { nowIso } from "../model/Time.ts"
import { AuditLog, currentRequest } from "./Audit.ts"
import { type ConsentScope, consentScopeMeaning } from "../model/ConsentScope.ts"
import { Forbidden } from "../model/Errors.ts"
import type { PersonId } from "../model/Ids.ts"
import { type Action, accessTable, type Grant } from "./AccessTable.ts"
import { type ObjectScope, withinContract } from "./providerContracts.ts"
import { noRelation, type PersonRelation, Relationships } from "./Relationships.ts"

const reaches = (grant: Grant, relation: PersonRelation, within?: ObjectScope): boolean => {
  switch (grant.reach) {
    case "council":
      return true
    case "self":
      return relation.self
    case "consented-carer":
      return grant.scope !== undefined && relation.carerScopes.includes(grant.scope)
    case "caseload":
      return relation.caseload
    case "assigned-adviser":
      return relation.assignedAdviser
    case "contracted-provider":
      return relation.contractedLines.some((line) =>
        withinContract(line, within, grant.line === true),
      )
  }
}

const ruleOf = (grant: Grant): string =>
  grant.scope !== undefined
    ? `${grant.reach}(${grant.scope})`
    : grant.line
      ? `${grant.reach}(line)`
      : grant.reach

/**
 * Whether the actor may do `action` on a person's record (within one budget or line of it, when
 * given), without refusing or auditing: for leaving out what a reader may not see (a carer
 * without consent to see finances).
 */
export const mayDo = Effect.fnUntraced(function* (
  action: Action,
  personId: PersonId,
  within?: ObjectScope,
) {
  const actor = yield* CurrentActor
  const grants = grantsFor(actor, action)
  if (grants.some((grant) => grant.reach === "council")) return true
  if (grants.length === 0) return false
  const relation = yield* (yield* Relationships).relationTo(actor, personId)
  return grants.some((grant) => reaches(grant, relation, within))
})

/** The grants of an action that the actor's roles hold (pure, for explanation and tests). */
export const grantsFor = (actor: Actor, action: Action): ReadonlyArray<Grant> =>
  (accessTable[action] as ReadonlyArray<Grant>).filter((grant) => actor.roles.includes(grant.role))

/**
 * Checks the actor may do `action`, on `personId`'s record when given, and within the budget
 * (and plan line) the use case touches when it names one: a provider's grant reaches only
 * those. A denial names the rule that denied it. Council isolation is not here: every query
 * is already scoped to the actor's council, so another council's records do not exist for the
 * actor.
 */
export const authorize = Effect.fnUntraced(function* (
  action: Action,
  personId?: PersonId,
  within?: ObjectScope,
) {
  const actor = yield* CurrentActor
  const grants = grantsFor(actor, action)
  if (grants.length === 0) {
    return yield* new Forbidden({
      rule: `${action}: roles`,
      message: `Your role (${actor.roles.join(", ")}) may not ${action.replace(".", " ")}`,
    })
  }
  if (grants.some((grant) => grant.reach === "council"))
    return yield* audit(actor, action, personId)
  const relation =
    personId === undefined ? noRelation : yield* (yield* Relationships).relationTo(actor, personId)
  if (grants.some((grant) => reaches(grant, relation, within)))
    return yield* audit(actor, action, personId)
  return yield* new Forbidden({
    rule: `${action}: ${grants.map(ruleOf).join(" or ")}`,
    message: `You may ${action.replace(".", " ")} only for ${grants.map(describeGrant).join(" or ")}`,
  })
})

const describeGrant = (grant: Grant): string =>
  grant.reach === "consented-carer" && grant.scope !== undefined
    ? `a person who has let you ${consentScopeMeaning[grant.scope]}`
    : grant.line
      ? "the plan lines you are contracted for"
      : describeReach[grant.reach]

const describeReach: Record<Grant["reach"], string> = {
  council: "your council",
  self: "your own record",
  "consented-carer": "a person who has consented",
  caseload: "people on your caseload",
  "assigned-adviser": "people you are assigned to advise",
  "contracted-provider": "the budgets and plan lines you are contracted for",
}

/** Reads are the actions that only look; everything else changes something. */
export const isReadAction = (action: Action): boolean =>
  action.endsWith(".read") || action.endsWith(".list") || action === "caseload.read"

/**
 * Every allowed use of personal data leaves one audit record: who, in which role and council,
 * which operation on whose record, by which API and request, and for what purpose.
 */
const audit = Effect.fnUntraced(function* (
  actor: Actor,
  action: Action,
  personId: PersonId | undefined,
) {
  const log = yield* AuditLog
  const request = yield* currentRequest
  const entry = {
    councilId: actor.councilId,
    actorSubject: actor.subject,
    actorRoles: actor.roles,
    operation: action,
    kind: isReadAction(action) ? ("read" as const) : ("write" as const),
    personId: personId ?? null,
    api: request.api,
    requestId: request.requestId,
    purpose: request.purpose,
    at: yield* nowIso,
  }
  yield* entry.kind === "read" ? log.recordRead(entry) : log.recordWrite(entry)
})

/**
 * Whose records a list may show an actor: every record of the council (a council-wide grant), or
 * only those of people the actor stands in one of these relations to, the same relations the
 * object read of each item is checked against. The store filters by it, so a page holds only
 * what the actor could read one by one.
 */
export type ListReach =
  | { readonly all: true }
  | { readonly all: false; readonly relations: ReadonlyArray<ListRelation> }

export type ListRelation =
  | { readonly reach: "self"; readonly personId: PersonId }
  | { readonly reach: "consented-carer"; readonly subject: string; readonly scope: ConsentScope }
  | {
      readonly reach: "caseload" | "assigned-adviser" | "contracted-provider"
      readonly subject: string
    }

const listRelationOf = (actor: Actor, grant: Grant): ReadonlyArray<ListRelation> => {
  switch (grant.reach) {
    case "council":
      return []
    case "self":
      return actor.personId === undefined ? [] : [{ reach: "self", personId: actor.personId }]
    case "consented-carer":
      return grant.scope === undefined
        ? []
        : [{ reach: "consented-carer", subject: actor.subject, scope: grant.scope }]
    case "caseload":
    case "assigned-adviser":
    case "contracted-provider":
      return [{ reach: grant.reach, subject: actor.subject }]
  }
}

/**
 * Checks the actor may list records under `action` and says whose: refused only when no role of
 * the actor holds a grant of it; otherwise the reach the list is filtered by (audited as one read).
 */
export const authorizeList = Effect.fnUntraced(function* (action: Action) {
  const actor = yield* CurrentActor
  const grants = grantsFor(actor, action)
  if (grants.length === 0 || grants.some((grant) => grant.reach === "council")) {
    yield* authorize(action)
    const everything: ListReach = { all: true }
    return everything
  }
  yield* audit(actor, action, undefined)
  const related: ListReach = {
    all: false,
    relations: grants.flatMap((grant) => listRelationOf(actor, grant)),
  }
  return related
})
