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
