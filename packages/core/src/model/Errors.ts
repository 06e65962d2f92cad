import { Schema } from "effect"

/** The input did not match what the use case accepts; nothing was written. */
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  message: Schema.String,
  issues: Schema.Array(
    Schema.Struct({
      path: Schema.Array(Schema.String),
      message: Schema.String,
    }),
  ),
}) {
  /** The path of the first failing field, e.g. `fundingStreams.0.amountPence`. */
  get path(): ReadonlyArray<string> {
    return this.issues[0]?.path ?? []
  }
}

export class PersonNotFound extends Schema.TaggedError<PersonNotFound>()("PersonNotFound", {
  personId: Schema.String,
}) {
  override get message() {
    return `No person with id ${this.personId} in this council`
  }
}

export class BudgetNotFound extends Schema.TaggedError<BudgetNotFound>()("BudgetNotFound", {
  budgetId: Schema.String,
}) {
  override get message() {
    return `No budget with id ${this.budgetId} in this council`
  }
}

/** Someone else changed the record since it was read; read it again and retry. */
export class StaleVersion extends Schema.TaggedError<StaleVersion>()("StaleVersion", {
  entity: Schema.String,
  id: Schema.String,
  expectedVersion: Schema.Int,
}) {
  override get message() {
    return `${this.entity} ${this.id} has changed since version ${this.expectedVersion}`
  }
}

/** The actor may not do this; `rule` names the rule that denied it. */
export class Forbidden extends Schema.TaggedError<Forbidden>()("Forbidden", {
  rule: Schema.String,
  message: Schema.String,
}) {}
