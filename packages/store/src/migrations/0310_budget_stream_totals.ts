import { runStatements } from "./runStatements.ts"

/**
 * Each budget's amount from each funding stream, kept beside the streams themselves. A budget's
 * streams are written rarely and read in every export row: the database adds them up once, on
 * write, instead of every export decoding the JSON of every row. Generated, so they can never
 * disagree with `funding_streams`.
 */
export default runStatements([
  `CREATE FUNCTION funding_stream_pence(streams jsonb, kind text) RETURNS bigint
     LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT COALESCE(sum((stream ->> 'amountPence')::bigint), 0)::bigint
           FROM jsonb_array_elements(streams) AS stream WHERE stream ->> 'stream' = kind $$`,
  `ALTER TABLE budgets
     ADD COLUMN council_social_care_pence bigint NOT NULL
       GENERATED ALWAYS AS (funding_stream_pence(funding_streams, 'council-social-care')) STORED,
     ADD COLUMN nhs_health_pence bigint NOT NULL
       GENERATED ALWAYS AS (funding_stream_pence(funding_streams, 'nhs-health')) STORED`,
])
