import { openpbVitestConfig } from "@openpb/vitest-config"

export default openpbVitestConfig()
