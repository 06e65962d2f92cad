/**
 * Loaded into the soaked server only (`node --expose-gc --import <this file>`), never into a
 * deployment: on a message over the IPC channel its parent opened, it collects garbage and
 * answers with the process's memory; or it writes a heap snapshot where it is told; or it
 * answers with the CPU time the process has used. It opens no
 * port and changes nothing else in the server.
 */
import { writeHeapSnapshot } from "node:v8"

type ProbeRequest =
  | { readonly probe: "memory"; readonly id: number }
  | { readonly probe: "snapshot"; readonly id: number; readonly file: string }
  | { readonly probe: "cpu"; readonly id: number }

const collect = async () => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error("the soak probe needs node --expose-gc")
  // Twice, with a turn between: finalizers released by the first collection run before the second.
  gc()
  await new Promise((resolve) => setImmediate(resolve))
  gc()
}

if (process.send !== undefined) {
  process.on("message", async (message: ProbeRequest) => {
    if (message.probe === "memory") {
      await collect()
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage()
      process.send?.({ id: message.id, rss, heapUsed, heapTotal, external, arrayBuffers })
    } else if (message.probe === "cpu") {
      // The process's own CPU time (user and system, microseconds): the API bench divides what
      // a run adds by the requests it answered.
      const { user, system } = process.cpuUsage()
      process.send?.({ id: message.id, user, system })
    } else if (message.probe === "snapshot") {
      await collect()
      process.send?.({ id: message.id, file: writeHeapSnapshot(message.file) })
    }
  })
  // The channel must not keep the server alive once it has been told to stop.
  process.channel?.unref()
}
