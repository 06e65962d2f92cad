import { existsSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { definePlugin, defineDeployment } from "@openpb/plugin-sdk"
import { ConfigProvider, Effect, Schema } from "effect"
import { expect, it } from "vitest"
import { hostConfig, startCouncil } from "../src/index.ts"

const onlyCharging = definePlugin({
  id: "test/only-charging",
  version: "1.0.0",
  description: "Provides charging and nothing else, to show a deployment missing ports.",
  provides: ["charging"],
  settings: Schema.Struct({}),
  rules: () => ({
    charging: {
      contribution: () => ({
        weeklyContributionPence: 0,
        reasons: [{ criterion: "free", met: null, text: "Nothing is charged here." }],
      }),
    },
  }),
})

it("refuses to start a deployment with a missing port, naming the port", async () => {
  const config = await Effect.runPromise(
    Effect.gen(function* () {
      return yield* hostConfig(join(mkdtempSync(join(tmpdir(), "openpb-host-")), "data"))
    }).pipe(Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({})))),
  )
  const deployment = defineDeployment({
    council: { id: "incomplete", name: "An incomplete council", nation: "england" },
    plugins: [onlyCharging.with()],
  })
  await expect(startCouncil({ deployment }, config)).rejects.toThrow(/"eligibility"/)
})

const configFrom = (env: Record<string, string>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      return yield* hostConfig("data")
    }).pipe(Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(env)))),
  )

it("reads GraphQL's limits from the environment, each one unset keeping its default", async () => {
  expect((await configFrom({})).graphqlLimits).toEqual({})
  expect(
    (
      await configFrom({
        OPENPB_GRAPHQL_MAX_DEPTH: "12",
        OPENPB_GRAPHQL_MAX_FIELDS: "500",
        OPENPB_GRAPHQL_MAX_BATCH: "5",
      })
    ).graphqlLimits,
  ).toEqual({ maxDepth: 12, maxFields: 500, maxBatch: 5 })
  expect((await configFrom({ OPENPB_GRAPHQL_MAX_BATCH: "1" })).graphqlLimits).toEqual({
    maxBatch: 1,
  })
  expect(
    (await configFrom({ OPENPB_GRAPHQL_MAX_COST: "5000", OPENPB_GRAPHQL_MAX_TOKENS: "2000" }))
      .graphqlLimits,
  ).toEqual({ maxCost: 5_000, maxTokens: 2_000 })
})

it("reads the tRPC batch limit from the environment, unset keeping the server's", async () => {
  expect((await configFrom({})).trpcMaxBatch).toBeUndefined()
  expect((await configFrom({ OPENPB_TRPC_MAX_BATCH: "25" })).trpcMaxBatch).toBe(25)
})

it.each([
  ["OPENPB_GRAPHQL_MAX_DEPTH", "0"],
  ["OPENPB_GRAPHQL_MAX_DEPTH", "ten"],
  ["OPENPB_GRAPHQL_MAX_FIELDS", "2.5"],
  ["OPENPB_GRAPHQL_MAX_BATCH", "100000"],
  ["OPENPB_GRAPHQL_MAX_COST", "0"],
  ["OPENPB_GRAPHQL_MAX_TOKENS", "10"],
  ["OPENPB_TRPC_MAX_BATCH", "0"],
  ["OPENPB_TRPC_MAX_BATCH", "many"],
  ["OPENPB_RATE_PER_MINUTE", "0"],
  ["OPENPB_RATE_PER_MINUTE", "-5"],
  ["NODE_ENV", "Production"],
  ["NODE_ENV", "prod"],
])("refuses %s=%s, naming the setting", async (name, value) => {
  await expect(configFrom({ [name]: value })).rejects.toThrow(name)
})

it("reads NODE_ENV as exactly development, test or production", async () => {
  expect((await configFrom({})).production).toBe(false)
  expect((await configFrom({ NODE_ENV: "test" })).production).toBe(false)
  expect((await configFrom({ NODE_ENV: "production" })).production).toBe(true)
})

const halfSignIn: ReadonlyArray<readonly [Record<string, string>, RegExp]> = [
  [{ OPENPB_OIDC_ISSUER: "https://id.example" }, /OPENPB_OIDC_AUDIENCE and OPENPB_OIDC_JWKS_URL/],
  [
    { OPENPB_OIDC_ISSUER: "https://id.example", OPENPB_OIDC_AUDIENCE: "openpb" },
    /set OPENPB_OIDC_JWKS_URL as well/,
  ],
  ...["development", "test", "production"].flatMap(
    (NODE_ENV): ReadonlyArray<readonly [Record<string, string>, RegExp]> => [
      [{ NODE_ENV, OPENPB_OIDC_ISSUER: "https://id.example" }, /half configured/],
      [
        { NODE_ENV, OPENPB_OIDC_AUDIENCE: "openpb" },
        /set OPENPB_OIDC_ISSUER and OPENPB_OIDC_JWKS_URL/,
      ],
      [
        {
          NODE_ENV,
          OPENPB_OIDC_JWKS_URL: "https://id.example/jwks",
          OPENPB_OIDC_AUDIENCE: "openpb",
        },
        /set OPENPB_OIDC_ISSUER as well/,
      ],
    ],
  ),
]

it.each(halfSignIn)(
  "refuses half of the sign-in settings in every NODE_ENV, in one line: %j",
  async (env, message) => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "openpb-host-")), "data")
    const config = await configFrom({ ...env, OPENPB_DATA_DIR: dataDir })
    const deployment = defineDeployment({
      council: { id: "half-oidc", name: "A council half signed in", nation: "england" },
      plugins: [onlyCharging.with()],
    })
    const refusal = await startCouncil({ deployment }, config).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    )
    expect(refusal).toMatch(message)
    expect(refusal).not.toContain("\n")
  },
)

it("refuses production without the council's sign-in settings: the development issuer never runs there", async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), "openpb-host-")), "data")
  const config = await configFrom({ NODE_ENV: "production", OPENPB_DATA_DIR: dataDir })
  const deployment = defineDeployment({
    council: { id: "no-oidc", name: "A council signed in by no one", nation: "england" },
    plugins: [onlyCharging.with()],
  })
  await expect(startCouncil({ deployment }, config)).rejects.toThrow(
    /NODE_ENV=production needs OPENPB_OIDC_ISSUER, OPENPB_OIDC_AUDIENCE and OPENPB_OIDC_JWKS_URL/,
  )
  // Nothing of the development issuer was made: no key beside the data.
  expect(existsSync(`${dataDir}.dev-issuer.json`)).toBe(false)
})
