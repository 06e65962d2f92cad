import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs"
import { describe, expect, it } from "vitest"
import { demoDecisions, trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("letters", ["council-admin", "finance"])

interface Decision {
  readonly id: string
  readonly kind: string
  readonly outcome: string
  readonly amounts: Readonly<Record<string, number>>
  readonly challenge: { readonly deadline: string }
}
interface Letter {
  readonly decisionId: string
  readonly kind: string
  readonly easyRead: boolean
  readonly title: string
  readonly summary: ReadonlyArray<string>
  readonly amounts: ReadonlyArray<{ readonly label: string; readonly value: string }>
  readonly challenge: { readonly deadline: string; readonly text: ReadonlyArray<string> }
  readonly html: string
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]
/** How a letter should write a date, worked out here independently of the product's code. */
const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number]
  return `${d} ${months[m - 1]} ${y}`
}
const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

const LETTER = `query Letter($id: ID!, $easyRead: Boolean) {
  decisionLetter(decisionId: $id, easyRead: $easyRead) {
    decisionId kind easyRead title summary amounts { label value }
    challenge { deadline text } html
  }
}`

const graphqlLetter = async (id: string, easyRead = false) => {
  const response = await fetch(`${demo.url()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${demo.token()}` },
    body: JSON.stringify({ query: LETTER, variables: { id, easyRead } }),
  })
  const body = (await response.json()) as { data?: { decisionLetter: Letter } }
  return body.data!.decisionLetter
}

/** PDF.js's own metrics for the standard fonts (Helvetica), shipped in its package. */
const standardFontDataUrl = `${join(
  dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")),
  "standard_fonts",
)}/`

/** The PDF's pages and its text, read by Mozilla's PDF.js, a reader this project did not write. */
const readPdf = async (bytes: ArrayBuffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise
  let text = ""
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    text += `${content.items.map((item) => ("str" in item ? item.str : "")).join(" ")}\n`
  }
  return { pages: pdf.numPages, text: text.replace(/\s+/g, " ") }
}

describe("decision letters for the demo data", () => {
  it("gives every kind of decision a letter with its amounts and challenge deadline, through both APIs, as HTML and as a PDF that opens", async () => {
    const decisions = await demoDecisions<Decision>(demo)
    const byKind = new Map<string, Decision>()
    for (const decision of decisions)
      if (!byKind.has(decision.kind)) byKind.set(decision.kind, decision)
    // The demo data reaches these kinds of decision at least.
    for (const kind of [
      "eligibility",
      "financial-assessment",
      "indicative-budget",
      "plan-approval",
    ])
      expect([...byKind.keys()]).toContain(kind)
    for (const decision of byKind.values()) {
      const viaTrpc = await trpc<Letter>(
        demo.url(),
        "decision.letter",
        { decisionId: decision.id },
        "query",
        demo.token(),
      )
      const viaGraphql = await graphqlLetter(decision.id)
      // The same letter: GraphQL writes the kind as its enum value.
      const { kind, ...asked } = viaGraphql
      expect(kind).toBe(viaTrpc.kind.toUpperCase().replaceAll("-", "_"))
      for (const [key, value] of Object.entries(asked))
        expect(value).toEqual(viaTrpc[key as keyof Letter])
      const deadline = longDate(decision.challenge.deadline)
      expect(viaTrpc.challenge.deadline).toBe(decision.challenge.deadline)
      expect(viaTrpc.html).toContain(`challenge this decision until ${deadline}`)
      for (const pence of Object.entries(decision.amounts)
        .filter(([key]) => key.endsWith("Pence"))
        .map(([, value]) => value))
        expect(viaTrpc.html).toContain(pounds(pence))
      expect(viaTrpc.html).not.toMatch(/<script/i)

      const response = await fetch(`${demo.url()}/letters/${decision.id}.pdf`, {
        headers: { authorization: `Bearer ${demo.token()}` },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toBe("application/pdf")
      expect(response.headers.get("cache-control")).toBe("no-store")
      const pdf = await readPdf(await response.arrayBuffer())
      expect(pdf.pages).toBeGreaterThanOrEqual(1)
      expect(pdf.pages).toBeLessThanOrEqual(4)
      expect(pdf.text).toContain(`challenge this decision until ${deadline}`)
      expect(pdf.text).toContain(viaTrpc.title)
    }
  }, 120_000)

  it("offers an eligibility decision in Easy Read, and keeps letters from those who may not read the decision", async () => {
    const eligibility = (await demoDecisions<Decision>(demo)).find((d) => d.kind === "eligibility")!
    const easy = await graphqlLetter(eligibility.id, true)
    expect(easy.easyRead).toBe(true)
    expect(easy.summary.length).toBeGreaterThan(1)
    expect(easy.summary.every((line) => line.split(" ").length <= 14)).toBe(true)
    const pdf = await fetch(`${demo.url()}/letters/${eligibility.id}.pdf?easyRead=true`, {
      headers: { authorization: `Bearer ${demo.token()}` },
    })
    expect((await readPdf(await pdf.arrayBuffer())).text).toContain(easy.summary[0]!)

    const unknown = await fetch(`${demo.url()}/letters/${crypto.randomUUID()}.pdf`, {
      headers: { authorization: `Bearer ${demo.token()}` },
    })
    expect(unknown.status).toBe(404)
    const anonymous = await fetch(`${demo.url()}/letters/${eligibility.id}.pdf`)
    expect(anonymous.status).toBe(401)
    // A provider with no tie to the person may not read the decision, nor its letter.
    const stranger = await demo.tokenFor({ subject: "provider@elsewhere", roles: ["provider"] })
    const refused = await fetch(`${demo.url()}/letters/${eligibility.id}.pdf`, {
      headers: { authorization: `Bearer ${stranger}` },
    })
    expect([403, 404]).toContain(refused.status)
  }, 120_000)
})
