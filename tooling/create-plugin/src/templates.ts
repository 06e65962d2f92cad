/** The files of a new plugin package, by path inside it. */
export const pluginFiles = (name: string): Record<string, string> => {
  const id = `openpb/${name}`
  const pkg = `@openpb/plugin-${name}`
  const title = name
    .split("-")
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ")
  const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  return {
    "package.json": `${JSON.stringify(
      {
        name: pkg,
        version: "0.1.0",
        description: `${title}: an OpenPB policy plugin`,
        license: "MIT",
        type: "module",
        exports: {
          ".": {
            "@openpb/source": "./src/index.ts",
            types: "./dist/index.d.ts",
            default: "./dist/index.js",
          },
          "./internal/*": null,
          "./package.json": "./package.json",
        },
        files: ["dist", "src", "README.md"],
        scripts: {
          build: "tsc -p tsconfig.build.json",
          typecheck: "tsc --noEmit",
          lint: "biome check .",
          test: "vitest run",
        },
        peerDependencies: { "@openpb/plugin-sdk": "workspace:*", effect: "catalog:" },
        devDependencies: {
          "@openpb/plugin-sdk": "workspace:*",
          "@openpb/plugin-testkit": "workspace:*",
          "@openpb/vitest-config": "workspace:*",
          "@types/node": "catalog:",
          effect: "catalog:",
          "fast-check": "catalog:",
          typescript: "catalog:",
          vitest: "catalog:",
        },
      },
      null,
      2,
    )}\n`,
    "tsconfig.json": `{
  "extends": "../../../tsconfig.base.json",
  "compilerOptions": { "noEmit": true },
  "include": ["src", "test", "*.ts"]
}
`,
    "tsconfig.build.json": `{
  "extends": "../../../tsconfig.base.json",
  "compilerOptions": {
    "noEmit": false,
    "outDir": "dist",
    "rootDir": "src",
    "customConditions": []
  },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"]
}
`,
    "vitest.config.ts": `import { openpbVitestConfig } from "@openpb/vitest-config"

export default openpbVitestConfig()
`,
    "src/settings.ts": `import { between, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/** What a deployment may set; every field has a default so \`plugin.with()\` works. */
export const Settings = Schema.Struct({
  /** The largest share of the yearly budget a crisis uplift may take. */
  maxSharePercent: withDefault(between(1, 100, "The share"), 25),
})
export type Settings = typeof Settings.Type
`,
    "src/rules.ts": `import { type ContingencyRequest, pounds } from "@openpb/plugin-sdk"
import type { Settings } from "./settings.ts"

/**
 * Replace this with your rule, and cite the rule it implements (regulation and section) in
 * this comment and in the README. Return reasons a person can read.
 */
export const decide = (settings: Settings) => (request: ContingencyRequest) => {
  const cap = Math.max(
    0,
    Math.min(
      request.planUpliftCapPence,
      Math.floor((request.annualBudgetPence * settings.maxSharePercent) / 100),
    ),
  )
  const days = Math.max(0, Math.min(request.requestedDays, request.planMaxDurationDays))
  const allowed = request.requestedUpliftPence <= cap && days >= 1
  return {
    allowed,
    upliftPence: allowed ? request.requestedUpliftPence : 0,
    days: allowed ? days : 0,
    reasons: [
      {
        criterion: "${name}/cap",
        met: request.requestedUpliftPence <= cap,
        text: \`Up to \${pounds(cap)} may be drawn; \${pounds(request.requestedUpliftPence)} was asked for.\`,
      },
    ] as const,
  }
}
`,
    "src/plugin.ts": `import { definePlugin } from "@openpb/plugin-sdk"
import { decide } from "./rules.ts"
import { Settings } from "./settings.ts"

export const ${camel} = definePlugin({
  id: "${id}",
  version: "0.1.0",
  description: "${title}: describe in one sentence what this plugin decides and for whom.",
  provides: ["contingency"],
  settings: Settings,
  rules: (settings) => ({ contingency: { decide: decide(settings) } }),
})
`,
    "src/index.ts": `export { ${camel} } from "./plugin.ts"
export { decide } from "./rules.ts"
export { Settings } from "./settings.ts"
`,
    "test/conformance.test.ts": `import { testPluginConformance } from "@openpb/plugin-testkit"
import { ${camel} } from "../src/index.ts"

testPluginConformance(${camel}, {
  settings: [{}, { maxSharePercent: 10 }],
  invalidSettings: [{ maxSharePercent: 0 }],
})
`,
    "test/rules.test.ts": `import { ContingencyRequest } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { expect, it } from "vitest"
import { decide, Settings } from "../src/index.ts"

const settings = Schema.decodeUnknownSync(Settings)({})
const request = (requestedUpliftPence: number) =>
  Schema.decodeUnknownSync(ContingencyRequest)({
    annualBudgetPence: 1_200_000,
    planUpliftCapPence: 1_000_000,
    planMaxDurationDays: 14,
    requestedUpliftPence,
    requestedDays: 7,
    daysUsedInLast12Months: 0,
  })

// Write cases from your rule's text: one allowed, one refused, and the boundary between them.
it("allows up to a quarter of the yearly budget, and not a penny more", () => {
  expect(decide(settings)(request(300_000)).allowed).toBe(true)
  expect(decide(settings)(request(300_001)).allowed).toBe(false)
})
`,
    "README.md": `# ${pkg}

${title}: an OpenPB policy plugin (\`${id}\`). It provides the \`contingency\` port.

## The rule and its source

Say which rule this implements and cite it: the statute or regulation and section, or the
council's published policy (see the project's rules and standards digest).

## Settings

| setting | default | meaning |
| --- | --- | --- |
| \`maxSharePercent\` | 25 | the largest share of the yearly budget a crisis uplift may take |

## Use

\`\`\`ts
import { ${camel} } from "${pkg}"

defineDeployment({ council, plugins: [/* ... */ ${camel}.with({ maxSharePercent: 20 })] })
\`\`\`
`,
  }
}
