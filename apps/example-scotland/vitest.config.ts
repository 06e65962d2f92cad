import { openpbVitestConfig } from "@openpb/vitest-config"

// The start test runs the real server twice; give it room on a busy two-core machine.
export default openpbVitestConfig({ testTimeout: 90_000 })
