import { openpbVitestConfig } from "@openpb/vitest-config"
import { mergeConfig } from "vitest/config"

// The start test runs the real server twice; give it room on a busy two-core machine. The
// memory test forces collections to measure the heap (`--expose-gc`, in the test workers only).
export default mergeConfig(openpbVitestConfig({ testTimeout: 90_000 }), {
  test: { execArgv: ["--expose-gc"] },
})
