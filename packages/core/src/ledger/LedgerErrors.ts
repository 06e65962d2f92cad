import { Schema } from "effect"

/** The posting would take an account that may not go negative below zero; nothing was posted. */
export class InsufficientFunds extends Schema.TaggedError<InsufficientFunds>()(
  "InsufficientFunds",
  {
    account: Schema.String,
    balancePence: Schema.Int,
    requestedPence: Schema.Int,
  },
) {
  override get message() {
    return `${this.account} holds ${this.balancePence} pence; ${this.requestedPence} pence cannot be taken from it`
  }
}

/** Postings are made only to a budget that is active (or, for its final reconciliation, ending). */
export class BudgetNotOpen extends Schema.TaggedError<BudgetNotOpen>()("BudgetNotOpen", {
  budgetId: Schema.String,
  status: Schema.String,
}) {
  override get message() {
    return `The budget is ${this.status}: nothing can be posted to it`
  }
}

/** The same idempotency key was used before for a different request. */
export class IdempotencyConflict extends Schema.TaggedError<IdempotencyConflict>()(
  "IdempotencyConflict",
  {
    idempotencyKey: Schema.String,
  },
) {
  override get message() {
    return `The idempotency key ${this.idempotencyKey} was already used for a different posting`
  }
}

export class PostingNotFound extends Schema.TaggedError<PostingNotFound>()("PostingNotFound", {
  postingId: Schema.String,
}) {
  override get message() {
    return `No posting with id ${this.postingId} on this budget`
  }
}

/**
 * A challenge to a surplus proposal is open: the person has asked for it to be looked at again,
 * so nothing is recovered until the challenge is answered (complaints regulations; NHS DP Regs
 * 2013 reg 15(4): the recipient may require reconsideration).
 */
export class RecoveryAwaitsChallenge extends Schema.TaggedError<RecoveryAwaitsChallenge>()(
  "RecoveryAwaitsChallenge",
  {
    decisionId: Schema.String,
    challengeId: Schema.String,
    status: Schema.String,
  },
) {
  override get message() {
    return `The proposal is being challenged (challenge ${this.challengeId} is ${this.status}): nothing is recovered until the challenge is answered`
  }
}

/**
 * A proposal flagged for a manager (late monitoring) is recovered only when a manager confirms it
 * and says why; nothing was posted.
 */
export class ManagerConfirmationRequired extends Schema.TaggedError<ManagerConfirmationRequired>()(
  "ManagerConfirmationRequired",
  {
    decisionId: Schema.String,
    flags: Schema.Array(Schema.String),
  },
) {
  override get message() {
    return `This proposal is flagged for a manager (${this.flags.join(", ")}): it looks at money held longer than the monitoring limit, so a manager (an approver) must confirm the recovery and give their reason in managerReason`
  }
}
