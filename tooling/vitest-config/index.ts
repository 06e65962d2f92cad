import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript sources ("@openpb/source"), and
// "module-sync" keeps vitest from loading a second copy of graphql. No "import": the resolver
// adds it (or "require") for each import itself, whereas listed here it applies to `require`
// too, and `pg` (under the job queue) would then require pg-pool's ES module.
const conditions = ["@openpb/source", "module-sync", "node", "default"]

export const openpbVitestConfig = (options: { readonly testTimeout?: number } = {}) =>
  defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: conditions } },
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: options.testTimeout ?? 60_000,
      hookTimeout: 60_000,
      pool: "forks",
    },
  })
