import { openpbVitestConfig } from "@openpb/vitest-config"

// Two servers start in this file; give them room on a busy two-core machine.
export default openpbVitestConfig({ testTimeout: 120_000 })
