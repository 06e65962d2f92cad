import { Schema } from "effect"

/** The journey cannot go from where it is to where the command would take it. */
export class IllegalTransition extends Schema.TaggedError<IllegalTransition>()(
  "IllegalTransition",
  {
    journeyId: Schema.String,
    current: Schema.String,
    attempted: Schema.String,
    command: Schema.String,
  },
) {
  override get message() {
    return `${this.command} is not possible while the journey is ${this.current} (it would move to ${this.attempted})`
  }
}

export class JourneyNotFound extends Schema.TaggedError<JourneyNotFound>()("JourneyNotFound", {
  journeyId: Schema.String,
}) {
  override get message() {
    return `No journey with id ${this.journeyId} in this council`
  }
}

/** A person may have one open journey at a time; a new referral waits for it to end. */
export class JourneyAlreadyOpen extends Schema.TaggedError<JourneyAlreadyOpen>()(
  "JourneyAlreadyOpen",
  {
    personId: Schema.String,
    journeyId: Schema.String,
  },
) {
  override get message() {
    return `The person already has an open journey (${this.journeyId})`
  }
}

/** The command needs something the journey does not have yet (e.g. an assessment). */
export class MissingStep extends Schema.TaggedError<MissingStep>()("MissingStep", {
  journeyId: Schema.String,
  missing: Schema.String,
}) {
  override get message() {
    return `This needs ${this.missing} first`
  }
}

/** Plan lines the spending rules do not allow; nothing was submitted. */
export class SpendingNotAllowed extends Schema.TaggedError<SpendingNotAllowed>()(
  "SpendingNotAllowed",
  {
    lines: Schema.Array(Schema.Struct({ lineId: Schema.String, reason: Schema.String })),
  },
) {
  override get message() {
    return `Some plan lines cannot be funded: ${this.lines.map((l) => `${l.lineId} (${l.reason})`).join("; ")}`
  }
}

/**
 * The law's conditions for direct payments are not met for some lines; nothing was written.
 * The support itself is not refused: `alternatives` names how it can be arranged instead.
 */
export class DirectPaymentConditionsNotMet extends Schema.TaggedError<DirectPaymentConditionsNotMet>()(
  "DirectPaymentConditionsNotMet",
  {
    lineIds: Schema.Array(Schema.String),
    reasons: Schema.Array(Schema.Struct({ criterion: Schema.String, text: Schema.String })),
    alternatives: Schema.Array(Schema.String),
  },
) {
  override get message() {
    return `Direct payments cannot be made for ${this.lineIds.join(", ")}: ${this.reasons.map((r) => r.text).join(" ")} The same support can be arranged as: ${this.alternatives.join(" or ")}.`
  }
}

export class DecisionNotFound extends Schema.TaggedError<DecisionNotFound>()("DecisionNotFound", {
  decisionId: Schema.String,
}) {
  override get message() {
    return `No decision with id ${this.decisionId} in this council`
  }
}

export class ChallengeNotFound extends Schema.TaggedError<ChallengeNotFound>()(
  "ChallengeNotFound",
  {
    challengeId: Schema.String,
  },
) {
  override get message() {
    return `No challenge with id ${this.challengeId} in this council`
  }
}

/** The challenge came after the decision's deadline, or the challenge is already resolved. */
export class ChallengeClosed extends Schema.TaggedError<ChallengeClosed>()("ChallengeClosed", {
  reason: Schema.String,
}) {
  override get message() {
    return this.reason
  }
}
