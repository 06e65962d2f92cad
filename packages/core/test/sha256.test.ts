import { createHash, createHmac } from "node:crypto"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  makeHmacSha256,
  readCaseloadCsv,
  rowSha256,
  Sha256,
  sha256Hex,
  toHex,
} from "../src/index.ts"

const utf8 = new TextEncoder()

describe("SHA-256", () => {
  it("gives the FIPS 180-4 example digests", () => {
    expect(sha256Hex(utf8.encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    )
    expect(sha256Hex(new Uint8Array(0))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    )
    expect(sha256Hex(utf8.encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    )
  })

  it("hashes one million 'a' fed in pieces as one digest", () => {
    const piece = utf8.encode("a".repeat(10_000))
    const hash = new Sha256()
    for (let i = 0; i < 100; i++) hash.update(piece)
    expect(hash.hex()).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  })

  it("gives the same digest however the bytes are split, and Node's own", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (bytes, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
          const hash = new Sha256()
          let from = 0
          for (const p of [...points, bytes.length]) {
            hash.update(bytes.subarray(from, p))
            from = p
          }
          expect(hash.hex()).toBe(createHash("sha256").update(bytes).digest("hex"))
        },
      ),
    )
  })

  it("keys HMAC-SHA-256 once for many messages, as RFC 4231 and Node's HMAC do", () => {
    // RFC 4231, test case 2.
    const mac = makeHmacSha256(utf8.encode("Jefe"))
    expect(toHex(mac(utf8.encode("what do ya want for nothing?")))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    )
    // A key longer than a block is hashed first.
    const longKey = utf8.encode("k".repeat(100))
    const keyed = makeHmacSha256(longKey)
    for (const message of ["person:1", "person:2", ""])
      expect(toHex(keyed(utf8.encode(message)))).toBe(
        createHmac("sha256", longKey).update(message).digest("hex"),
      )
  })

  it("fingerprints a caseload row as earlier versions stored it", () => {
    const csv =
      "source_id,given_name,family_name,date_of_birth,nhs_number,postcode,carer_name,carer_relationship,carer_nominated,stage,referral_source,referred_on,practitioner,funding_stream,mechanism,support,spending_category,cost,cost_frequency,outcome_domain,outcome,plan_start,opening_balance,balance_on,next_review\r\n" +
      "CASE-000001,Ben,Hill,1951-02-02,9000000114,LS6 1QP,,,,considering,self,2025-02-02,prac-1,,,,,,,,,,,,\r\n"
    const read = readCaseloadCsv(csv)
    if ("message" in read) throw new Error(read.message)
    const row = read.rows[0]
    if (row === undefined || !("value" in row)) throw new Error("the row did not read")
    expect(rowSha256(row.value)).toBe(
      "c52fbb43e816862888d52c28fc07e0d1f4ee95bdf372237a8038c716921f48fa",
    )
  })
})
