import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"

/** The file beside an embedded database's directory that says which process has it open. */
export const dataDirLockFile = (dataDir: string) => `${dataDir.replace(/\/+$/, "")}.lock`

/** Whether a process with this id is running (one of another user's counts as running). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

const holderOf = (file: string): number | undefined => {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10)
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

export class DataDirInUse extends Error {
  readonly dataDir: string
  readonly pid: number
  constructor(dataDir: string, pid: number) {
    super(
      `the database in ${dataDir} is open in process ${pid} (a running server): stop it first, or ask it through its API (export.start), so nothing is written behind its back`,
    )
    this.dataDir = dataDir
    this.pid = pid
  }
}

/**
 * Takes the embedded database's directory for this process, or throws `DataDirInUse` naming
 * the process that has it. PGlite is one process's database: a second process opening the same
 * directory would corrupt it. A lock left by a process that died (kill -9) is taken over. The
 * returned function gives it back; it is also given back when this process exits.
 */
export const holdDataDir = (dataDir: string): (() => void) => {
  const file = dataDirLockFile(dataDir)
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx")
      writeSync(fd, `${process.pid}\n`)
      closeSync(fd)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error
      const pid = holderOf(file)
      if (pid !== undefined && pid !== process.pid && alive(pid))
        throw new DataDirInUse(dataDir, pid)
      rmSync(file, { force: true })
    }
  }
  let held = true
  const release = () => {
    if (!held) return
    held = false
    if (holderOf(file) === process.pid) rmSync(file, { force: true })
  }
  process.once("exit", release)
  return release
}
