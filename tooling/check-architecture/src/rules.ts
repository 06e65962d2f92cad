/**
 * The layer rule from the architecture: which workspace packages each package may import
 * from its runtime code. Tests may also use their package's dev dependencies (store's test
 * layers, for instance), except in core, which stays free of everything.
 */
export interface LayerRule {
  /** Workspace packages this one may import at run time. */
  readonly mayImport: ReadonlyArray<string>
  /** Third-party packages allowed, when the package is held to a short list. */
  readonly onlyExternal?: ReadonlyArray<string>
}

const core = "@openpb/core"
const sdk = "@openpb/plugin-sdk"

export const rules: ReadonlyArray<readonly [pattern: RegExp, rule: LayerRule]> = [
  // Besides effect, only small audited pure libraries for solved problems (hashing, zip, CSV).
  [
    /^@openpb\/core$/,
    { mayImport: [], onlyExternal: ["effect", "@noble/hashes", "fflate", "csv-parse"] },
  ],
  [/^@openpb\/store$/, { mayImport: [core] }],
  [/^@openpb\/plugin-sdk$/, { mayImport: [core] }],
  [/^@openpb\/plugin-testkit$/, { mayImport: [sdk, core, "@openpb/store"] }],
  [
    /^@openpb\/plugin-england-defaults$/,
    {
      mayImport: [
        sdk,
        "@openpb/plugin-england-care-act",
        "@openpb/plugin-nhs-phb",
        "@openpb/plugin-points-ras",
        "@openpb/plugin-local-limits",
        "@openpb/plugin-outcome-measures",
      ],
    },
  ],
  [/^@openpb\/plugin-/, { mayImport: [sdk] }],
  [/^@openpb\/(trpc|graphql)$/, { mayImport: [core] }],
  [/^@openpb\/server$/, { mayImport: [core, "@openpb/trpc", "@openpb/graphql"] }],
  [/^@openpb\/host$/, { mayImport: [core, "@openpb/store", "@openpb/server", sdk] }],
  [/^@openpb\/client$/, { mayImport: ["@openpb/trpc"] }],
  [
    /^@openpb\/bench$/,
    { mayImport: [core, "@openpb/store", "@openpb/scenarios", "@openpb/plugin-england-defaults"] },
  ],
  [
    /^@openpb\/(vitest-config|check-architecture|create-plugin|scenarios|council-comparison)$/,
    { mayImport: [] },
  ],
]

/** Apps compose everything; nothing may import an app. */
export const isApp = (directory: string) => directory.startsWith("apps/")

export const ruleFor = (name: string): LayerRule | undefined =>
  rules.find(([pattern]) => pattern.test(name))?.[1]
