import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { documents, trustedDocumentManifest } from "../src/index.ts"

describe("the trusted-document manifest", () => {
  it("lists every typed document under the SHA-256 of its text", async () => {
    const manifest = await trustedDocumentManifest()
    const expected = Object.fromEntries(
      Object.values(documents).map((doc) => [
        createHash("sha256").update(doc.query, "utf8").digest("hex"),
        doc.query,
      ]),
    )
    expect(manifest).toEqual(expected)
    expect(Object.keys(manifest)).toHaveLength(Object.keys(documents).length)
  })
})
