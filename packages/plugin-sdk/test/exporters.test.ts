import { Effect, Schema, Stream } from "effect"
import { expect, it } from "vitest"
import { definePlugin, defineDeployment, defineExporter } from "../src/index.ts"
import { englandLike } from "./support.ts"

const reportPlugin = (
  id: string,
  exporterId: string,
  roles: ReadonlyArray<string> = ["commissioner"],
) =>
  definePlugin({
    id,
    version: "1.0.0",
    description: "Offers one aggregate report and no policy port.",
    provides: [],
    settings: Schema.Struct({}),
    rules: () => ({}),
    exporters: () => [
      defineExporter({
        id: exporterId,
        version: "1.0.0",
        description: "A count of nothing, for the test",
        parameters: Schema.Struct({}),
        roles: roles as never,
        personLevel: false,
        formats: ["csv"],
        columns: [{ key: "n", header: "N" }],
        rows: () => Stream.make({ n: 0 }),
      }),
    ],
  })

const council = { id: "reports-council", name: "Reports Council", nation: "england" } as const

it("collects the exporters a deployment's plugins offer, and refuses two with one id", async () => {
  const resolved = await Effect.runPromise(
    defineDeployment({
      council,
      plugins: [...englandLike, reportPlugin("test/reports", "nothing").with()],
    }).resolve,
  )
  expect(resolved.exporters.map((e) => e.id)).toEqual(["nothing"])
  const clash = await Effect.runPromise(
    Effect.flip(
      defineDeployment({
        council,
        plugins: [
          ...englandLike,
          reportPlugin("test/a", "nothing").with(),
          reportPlugin("test/b", "nothing").with(),
        ],
      }).resolve,
    ),
  )
  expect(clash.message).toContain("nothing")
})

it("refuses, at startup, an exporter a plugin got wrong, naming the plugin", async () => {
  const error = await Effect.runPromise(
    Effect.flip(
      defineDeployment({
        council,
        plugins: [...englandLike, reportPlugin("test/bad", "Bad Id").with()],
      }).resolve,
    ),
  )
  expect(error.message).toContain("test/bad")
  expect(error.message).toContain("slug")
})
