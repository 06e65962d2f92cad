import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { documents, trustedDocumentManifest } from "@openpb/client"
import { Option } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { loadTrustedDocuments } from "@openpb/host"

const dir = mkdtempSync(join(tmpdir(), "openpb-trusted-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const fileWith = (content: unknown) => {
  const file = join(dir, `${crypto.randomUUID()}.json`)
  writeFileSync(file, JSON.stringify(content))
  return Option.some(file)
}

describe("the deployment's trusted documents", () => {
  it("serves the client's manifest from OPENPB_TRUSTED_DOCUMENTS, only those when told", async () => {
    const manifest = await trustedDocumentManifest()
    const loaded = await loadTrustedDocuments({
      trustedDocumentsFile: fileWith(manifest),
      trustedDocumentsOnly: true,
    })
    expect(loaded).toEqual({ manifest, only: true })
    expect(Object.values(loaded?.manifest ?? {})).toEqual(
      expect.arrayContaining([documents.Caseload.query]),
    )
  })

  it("refuses to start with a manifest whose ids are not its documents' hashes", async () => {
    const manifest = await trustedDocumentManifest()
    const [id] = Object.keys(manifest)
    await expect(
      loadTrustedDocuments({
        trustedDocumentsFile: fileWith({ [id!]: "{ budgets { edges { cursor } } }" }),
        trustedDocumentsOnly: false,
      }),
    ).rejects.toThrow(/not the SHA-256/)
  })

  it("refuses OPENPB_TRUSTED_DOCUMENTS_ONLY without a manifest, and serves any document without either", async () => {
    await expect(
      loadTrustedDocuments({ trustedDocumentsFile: Option.none(), trustedDocumentsOnly: true }),
    ).rejects.toThrow(/OPENPB_TRUSTED_DOCUMENTS/)
    expect(
      await loadTrustedDocuments({
        trustedDocumentsFile: Option.none(),
        trustedDocumentsOnly: false,
      }),
    ).toBeUndefined()
  })
})
