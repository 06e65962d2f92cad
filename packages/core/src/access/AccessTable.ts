import { Role } from "../model/Actor.ts"
import type { ConsentScope } from "../model/ConsentScope.ts"

/**
 * How a grant reaches a person's record: any record of the actor's council, or only a
 * person the actor stands in a relation to. `contracted-provider` reaches less than a person:
 * only the budget (and, where the use case names one, the plan line) that a line of the
 * person's approved plan contracts the provider for.
 */
export type Reach =
  | "council"
  | "self"
  | "consented-carer"
  | "caseload"
  | "assigned-adviser"
  | "contracted-provider"

export interface Grant {
  readonly role: Role
  readonly reach: Reach
  /** For a carer's grant: the consent the person must have given them. */
  readonly scope?: ConsentScope
  /**
   * For a provider's grant: it reaches only when the use case names a plan line the provider is
   * contracted for, not the budget alone (spending is on a line; a statement is the holder's).
   */
  readonly line?: true
}

const council = (...roles: ReadonlyArray<Role>): ReadonlyArray<Grant> =>
  roles.map((role) => ({ role, reach: "council" }))
const self: Grant = { role: "person", reach: "self" }
const carerWith = (scope: ConsentScope): Grant => ({
  role: "carer",
  reach: "consented-carer",
  scope,
})
/** The person, and a carer they let act for them. */
const own: ReadonlyArray<Grant> = [self, carerWith("speak-for-me")]
const professionals: ReadonlyArray<Grant> = [
  { role: "practitioner", reach: "caseload" },
  { role: "adviser", reach: "assigned-adviser" },
]
/** The circle around a person, a carer reaching only as far as the person's consent `scope`. */
const circle = (scope: ConsentScope): ReadonlyArray<Grant> => [
  self,
  carerWith(scope),
  ...professionals,
]

/** Everyone the council serves or employs, whatever their role: for what is no one's record. */
const anyoneInTheCouncil = council(...Role.literals)

/** A provider, for the budgets an approved plan contracts it for. */
const contractedProvider: Grant = { role: "provider", reach: "contracted-provider" }
/** A provider, for the very plan lines an approved plan contracts it for. */
const contractedLine: Grant = { ...contractedProvider, line: true }

/** A budget: the person's circle (a carer with consent to see money), its contracted providers, the council's money roles. */
const budgetReaders: ReadonlyArray<Grant> = [
  ...circle("view-money"),
  contractedProvider,
  ...council("approver", "finance", "council-admin", "system"),
]

/** Practitioners on their caseload, and the council's administrators and system jobs. */
const caseworkers: ReadonlyArray<Grant> = [
  { role: "practitioner", reach: "caseload" },
  ...council("council-admin", "system"),
]

/**
 * The one table of who may do what, shared by every API. Deny by default: an action not
 * here, or a role without a grant, is refused with the rule that denied it.
 */
export const accessTable = {
  "person.register": council("practitioner", "council-admin", "system"),
  "person.read": [
    ...circle("view-plan"),
    ...council("approver", "finance", "council-admin", "system"),
  ],
  "budget.create": council("practitioner", "council-admin", "system"),
  "budget.read": budgetReaders,
  /** A list shows each reader the budgets `budget.read` lets them see, and no others. */
  "budget.list": budgetReaders,
  "journey.refer": [...own, ...council("practitioner", "council-admin", "system")],
  "journey.read": [
    ...circle("view-plan"),
    ...council("approver", "finance", "council-admin", "system"),
  ],
  "journey.list": council("approver", "council-admin", "system"),
  "journey.decline": [...own, ...caseworkers],
  "journey.assess": caseworkers,
  "journey.decide": caseworkers,
  "journey.plan": [...own, ...professionals, ...council("council-admin", "system")],
  "journey.submit": caseworkers,
  "journey.approve": council("approver", "system"),
  "journey.manage": caseworkers,
  "journey.review": caseworkers,
  "journey.request-review": [
    ...own,
    { role: "adviser", reach: "assigned-adviser" },
    ...caseworkers,
  ],
  "caseload.read": council("practitioner", "adviser", "council-admin", "system"),
  "decision.read": [
    ...circle("view-plan"),
    ...council("approver", "council-admin", "auditor", "system"),
  ],
  "challenge.lodge": [...own, ...professionals, ...council("council-admin", "system")],
  "challenge.read": [
    ...circle("view-plan"),
    ...council("approver", "council-admin", "auditor", "system"),
  ],
  "challenge.resolve": council("approver", "council-admin", "system"),
  "person.update": [self, ...caseworkers],
  /** Income, capital and the financial assessment: a carer needs their own consent for these. */
  "finances.read": [
    ...circle("view-finances"),
    ...council("approver", "finance", "council-admin", "system"),
  ],
  /** The person's own consents (to research, to carers): theirs to give, or an administrator's on their word. */
  "person.consent": [self, ...council("council-admin", "system")],
  "carer.manage": [self, ...caseworkers],
  "audit.search": council("auditor", "system"),
  // Exports: the exporter's own roles are checked too (and person-level ones never reach
  // an aggregate-only role such as a commissioner).
  "export.run": council("commissioner", "finance", "council-admin", "auditor", "system"),
  "export.read": council("commissioner", "finance", "council-admin", "auditor", "system"),
  /** The council's jobs (exports, allocation runs) and why one failed: its administrators. */
  "jobs.read": council("council-admin", "system"),
  "audit.own-record": [
    { role: "person", reach: "self" },
    ...council("auditor", "council-admin", "system"),
  ],
  "ledger.read": [
    ...circle("view-money"),
    ...council("finance", "approver", "council-admin", "auditor", "system"),
  ],
  "ledger.allocate": council("finance", "system"),
  "ledger.pay": council("finance", "system"),
  /** A provider records spending only on the lines it is contracted for, never council-wide. */
  "ledger.spend": [
    self,
    carerWith("record-spending"),
    contractedLine,
    ...council("finance", "system"),
  ],
  /** What a provider delivered and was paid for on a budget: its own lines only, or the council's view of it. */
  "provider.statement": [
    contractedProvider,
    ...council("finance", "council-admin", "auditor", "system"),
  ],
  "ledger.reverse": council("finance", "system"),
  "ledger.monitor": council("finance", "system"),
  /**
   * Importing a direct-payment account's statement and matching its payments to plan lines: the
   * council's finance team, and the practitioner whose caseload the person is on (who knows what
   * the plan buys). Spending it posts goes through the ledger's own rules.
   */
  "ledger.account-feed": [
    { role: "practitioner", reach: "caseload" },
    ...council("finance", "system"),
  ],
  /**
   * Confirming the recovery of a surplus the council left unquestioned past its monitoring limit:
   * a manager's call (the approver who signs off plans and answers challenges), never a system
   * job's, because the delay was the council's and the ombudsman expects it weighed.
   */
  "ledger.recover-late": council("approver"),
  /** The directory lists services, not people: anyone signed in to the council may search it. */
  "directory.read": anyoneInTheCouncil,
  /** The council's words and their plain meanings are for everyone it serves and employs. */
  "glossary.read": anyoneInTheCouncil,
  /** Importing the council's directory from its Open Referral UK feed. */
  "directory.import": council("council-admin", "system"),
  /** Bringing a caseload in from another system, and following its import runs: its administrators. */
  "import.run": council("council-admin", "system"),
  "import.read": council("council-admin", "system"),
  /** Sending the council's events to another system (webhooks), and replaying them: its administrators. */
  "webhook.manage": council("council-admin", "system"),
} as const satisfies Record<string, ReadonlyArray<Grant>>

export type Action = keyof typeof accessTable
