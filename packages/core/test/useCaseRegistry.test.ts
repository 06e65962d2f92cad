import { describe, expect, it } from "vitest"
import { type Action, accessTable, useCaseNames, useCaseRegistry } from "../src/index.ts"

describe("the use-case registry", () => {
  it("holds every action of the access table to some use case, except those no use case has yet", () => {
    const held = new Set(
      Object.values(useCaseRegistry).flatMap((entry) => entry.rules.map((rule) => rule.action)),
    )
    const unheld = (Object.keys(accessTable) as Array<Action>).filter((a) => !held.has(a))
    // finances.read: not a use case's own rule but a part of what reads return (income and
    // capital), checked by the journey and decision reads themselves.
    // ledger.recover-late: not a use case's own rule but what confirmRecovery asks besides
    // ledger.monitor when the proposal is flagged for late monitoring.
    expect(unheld).toEqual(["finances.read", "ledger.recover-late"])
  })

  it("names reads by read rules and writes by write rules, one rule per input unless told when", () => {
    for (const name of useCaseNames) {
      const entry = useCaseRegistry[name]
      if (entry.rules.length > 1) {
        for (const rule of entry.rules) expect(rule, name).toHaveProperty("when")
      }
      for (const rule of entry.rules) {
        const looksLikeRead = /\.(read|list)$/.test(rule.action) || rule.action === "audit.search"
        if (looksLikeRead) expect(entry.kind, `${name} (${rule.action})`).toBe("read")
      }
    }
  })
})
