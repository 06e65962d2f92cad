import { mkdtempSync } from "node:fs"
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
})

it.each([
  ["OPENPB_GRAPHQL_MAX_DEPTH", "0"],
  ["OPENPB_GRAPHQL_MAX_DEPTH", "ten"],
  ["OPENPB_GRAPHQL_MAX_FIELDS", "2.5"],
  ["OPENPB_GRAPHQL_MAX_BATCH", "100000"],
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

it.each([
  [{ OPENPB_OIDC_ISSUER: "https://id.example" }, /OPENPB_OIDC_AUDIENCE and OPENPB_OIDC_JWKS_URL/],
  [
    { OPENPB_OIDC_ISSUER: "https://id.example", OPENPB_OIDC_AUDIENCE: "openpb" },
    /set OPENPB_OIDC_JWKS_URL as well/,
  ],
])("refuses half of the sign-in settings outside production too: %j", async (env, message) => {
  const dataDir = join(mkdtempSync(join(tmpdir(), "openpb-host-")), "data")
  const config = await configFrom({ ...env, OPENPB_DATA_DIR: dataDir })
  const deployment = defineDeployment({
    council: { id: "half-oidc", name: "A council half signed in", nation: "england" },
    plugins: [onlyCharging.with()],
  })
  await expect(startCouncil({ deployment }, config)).rejects.toThrow(message)
})
