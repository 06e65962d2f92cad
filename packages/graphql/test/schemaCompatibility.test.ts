import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  changesetBumps,
  checkCommittedSchema,
  checkSchemaCompatibility,
  readChangesets,
} from "./schemaCheck.ts"

describe("schema.graphql against the last released schema", () => {
  it("has no breaking change, unless a changeset declares a major bump of @openpb/graphql", async () => {
    const report = await checkCommittedSchema()
    // Printed every time there is something to tell, so a declared break is still visible.
    if (report.breaking.length + report.dangerous.length > 0) console.info(report.text)
    expect(report.ok, `\n${report.text}\n`).toBe(true)
  })
})

describe("the breaking-change check", () => {
  const released = `
    type Query { budget(id: ID!): Budget, budgets: [Budget!]! }
    type Budget { id: ID!, amountPence: Int!, note: String }
    enum Stage { ASSESSMENT, PLANNING }
  `
  const withoutNote = released.replace(", note: String", "")
  const major = { name: "drop-note.md", text: '---\n"@openpb/graphql": major\n---\n\nDrop note.\n' }
  const minor = { name: "note.md", text: "---\n'@openpb/graphql': minor\n---\n\nSomething.\n" }
  const otherMajor = { name: "server.md", text: '---\n"@openpb/server": major\n---\n\nOther.\n' }

  it("fails a breaking change without a major changeset, naming the change", async () => {
    const report = await checkSchemaCompatibility({
      released,
      current: withoutNote,
      changesets: [minor, otherMajor],
    })
    expect(report.ok).toBe(false)
    expect(report.breaking.map((c) => c.path)).toEqual(["Budget.note"])
    expect(report.text).toContain("Breaking:")
    expect(report.text).toMatch(/Field 'note' .*removed.* \(at Budget\.note\)/)
    expect(report.text).toContain('"@openpb/graphql": major')
  })

  it("passes the same change when a changeset declares a major bump", async () => {
    const report = await checkSchemaCompatibility({
      released,
      current: withoutNote,
      changesets: [minor, major],
    })
    expect(report.ok).toBe(true)
    expect(report.majorChangesets).toEqual(["drop-note.md"])
    expect(report.text).toContain("Budget.note")
  })

  it("passes a non-breaking change with no changeset, and lets a dangerous one through", async () => {
    const added = released.replace("note: String", "note: String, holder: String")
    const safe = await checkSchemaCompatibility({ released, current: added, changesets: [] })
    expect(safe).toMatchObject({ ok: true, breaking: [] })
    expect(safe.safe.length).toBe(1)

    const newValue = released.replace("PLANNING }", "PLANNING, REVIEW }")
    const dangerous = await checkSchemaCompatibility({
      released,
      current: newValue,
      changesets: [],
    })
    expect(dangerous).toMatchObject({ ok: true, breaking: [] })
    expect(dangerous.dangerous.map((c) => c.path)).toEqual(["Stage.REVIEW"])
  })

  it("counts argument and type changes as breaking", async () => {
    const current = released
      .replace("budget(id: ID!)", "budget(id: ID!, council: ID!)")
      .replace("amountPence: Int!", "amountPence: String!")
    const report = await checkSchemaCompatibility({ released, current, changesets: [] })
    expect(report.ok).toBe(false)
    expect(report.breaking.map((c) => c.path).sort()).toEqual([
      "Budget.amountPence",
      "Query.budget.council",
    ])
  })

  it("reads a changeset's bumps, quoted or not, and only Markdown changesets", () => {
    expect([
      ...changesetBumps('---\n"@openpb/graphql": major\n@openpb/core: patch\n---\n'),
    ]).toEqual([
      ["@openpb/graphql", "major"],
      ["@openpb/core", "patch"],
    ])
    expect(changesetBumps("No front matter: major").size).toBe(0)
    const dir = mkdtempSync(join(tmpdir(), "openpb-changesets-"))
    try {
      writeFileSync(join(dir, "config.json"), "{}")
      writeFileSync(join(dir, "README.md"), '---\n"@openpb/graphql": major\n---\n')
      writeFileSync(join(dir, "break.md"), major.text)
      expect(readChangesets(dir).map((c) => c.name)).toEqual(["break.md"])
      expect(readChangesets(join(dir, "absent"))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
