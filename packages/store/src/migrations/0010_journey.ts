import { runStatements } from "./runStatements.ts"

/**
 * The journey: people's details and circle, journeys (current state as a document with its
 * key columns), immutable decisions, and challenges.
 */
export default runStatements([
  `ALTER TABLE people
    ADD COLUMN nhs_number text CHECK (nhs_number ~ '^[0-9]{10}$'),
    ADD COLUMN contact jsonb NOT NULL DEFAULT '{"phone": null, "email": null, "address": null}',
    ADD COLUMN preferred_language text,
    ADD COLUMN interpreter_needed boolean NOT NULL DEFAULT false,
    ADD COLUMN ethnicity text,
    ADD COLUMN sex text,
    ADD COLUMN equality_consented boolean NOT NULL DEFAULT false,
    ADD COLUMN research_consent boolean NOT NULL DEFAULT false`,
  `CREATE TABLE carers (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    person_id uuid NOT NULL REFERENCES people (id),
    name text NOT NULL,
    relationship text NOT NULL,
    subject text,
    consent_to_view boolean NOT NULL DEFAULT false,
    nominated_person boolean NOT NULL DEFAULT false,
    version integer NOT NULL
  )`,
  `CREATE INDEX carers_person_idx ON carers (council_id, person_id)`,
  `CREATE INDEX carers_subject_idx ON carers (council_id, subject)`,
  `CREATE TABLE journeys (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    person_id uuid NOT NULL REFERENCES people (id),
    stage text NOT NULL,
    practitioner text,
    adviser text,
    budget_id uuid REFERENCES budgets (id),
    next_review_due date,
    version integer NOT NULL,
    opened_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    data jsonb NOT NULL
  )`,
  `CREATE INDEX journeys_person_idx ON journeys (council_id, person_id, id)`,
  `CREATE INDEX journeys_practitioner_idx ON journeys (council_id, practitioner, next_review_due)`,
  `CREATE INDEX journeys_adviser_idx ON journeys (council_id, adviser)`,
  `CREATE TABLE decisions (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    person_id uuid NOT NULL REFERENCES people (id),
    subject_type text NOT NULL,
    subject_id text NOT NULL,
    kind text NOT NULL,
    outcome text NOT NULL,
    reasons jsonb NOT NULL CHECK (jsonb_array_length(reasons) > 0),
    policy_id text NOT NULL,
    policy_version text NOT NULL,
    inputs jsonb NOT NULL,
    amounts jsonb NOT NULL,
    confirmed_by text NOT NULL,
    made_at timestamptz NOT NULL,
    challenge_how text NOT NULL,
    challenge_deadline date NOT NULL,
    supersedes uuid REFERENCES decisions (id)
  )`,
  `CREATE INDEX decisions_person_idx ON decisions (council_id, person_id, id)`,
  // Decisions are never edited: a new one supersedes.
  `CREATE FUNCTION decisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'decisions are immutable; record a superseding decision' USING ERRCODE = '23514';
    END
  $$`,
  `CREATE TRIGGER decisions_no_update BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION decisions_immutable()`,
  `CREATE TABLE challenges (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    person_id uuid NOT NULL REFERENCES people (id),
    decision_id uuid NOT NULL REFERENCES decisions (id),
    grounds text NOT NULL,
    lodged_by text NOT NULL,
    lodged_at timestamptz NOT NULL,
    deadline date NOT NULL,
    status text NOT NULL,
    outcome_decision_id uuid REFERENCES decisions (id),
    version integer NOT NULL
  )`,
  `CREATE INDEX challenges_person_idx ON challenges (council_id, person_id, id)`,
])
