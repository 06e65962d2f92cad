import { openpbVitestConfig } from "@openpb/vitest-config"

export default openpbVitestConfig({ testTimeout: 120_000 })
