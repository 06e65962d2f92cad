import { describe, expect, it } from "vitest"
import { demoDecisions, trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("replay", ["council-admin"])

interface Reason {
  readonly criterion: string
  readonly met: boolean | null
  readonly text: string
}
interface Decision {
  readonly id: string
  readonly kind: string
  readonly outcome: string
  readonly reasons: ReadonlyArray<Reason>
  readonly policy: { readonly id: string; readonly version: string }
}
interface Replay {
  readonly same: boolean
  readonly kind: string
  readonly recordedOutcome: string
  readonly replayedOutcome: string
  readonly differences: ReadonlyArray<{ field: string }>
  readonly recordedReasons: ReadonlyArray<Reason>
  readonly replayedReasons: ReadonlyArray<Reason>
  readonly replayedWith: { readonly id: string; readonly version: string }
}

/** The policy-made kinds: each re-runs from its frozen inputs; the rest are a person's call. */
const policyKinds = new Set([
  "eligibility",
  "carer-eligibility",
  "financial-assessment",
  "indicative-budget",
  "contingency",
  "clawback",
])

const graphql = async (query: string, variables: Record<string, unknown>) => {
  const response = await fetch(`${demo.url()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${demo.token()}` },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as {
    data?: { replayDecision: Replay } | null
    errors?: ReadonlyArray<{ message: string; extensions?: { code?: string; tag?: string } }>
  }
}

const REPLAY = `query Replay($id: ID!) {
  replayDecision(decisionId: $id, against: RECORDED) {
    same kind recordedOutcome replayedOutcome differences { field recorded replayed }
    recordedReasons { criterion met text } replayedReasons { criterion met text }
    replayedWith { id version }
  }
}`

describe("replaying the demo data's decisions through both APIs", () => {
  it("reproduces every policy-made decision exactly, and says why a person's decision is not re-run", async () => {
    const decisions = await demoDecisions<Decision>(demo)
    const made = decisions.filter((d) => policyKinds.has(d.kind))
    // The demo data reaches each stage a policy decides, so each of these kinds is tried.
    const kinds = made.map((d) => d.kind)
    for (const kind of ["eligibility", "financial-assessment", "indicative-budget"])
      expect(kinds).toContain(kind)
    let replayed = 0
    for (const decision of decisions) {
      const viaGraphql = await graphql(REPLAY, { id: decision.id })
      const viaTrpc = await trpc<Replay>(
        demo.url(),
        "decision.replay",
        { decisionId: decision.id },
        "query",
        demo.token(),
      ).catch((error: Error & { code?: string }) => error)
      const reRunnable =
        policyKinds.has(decision.kind) &&
        !decision.reasons.some((r) => r.criterion === "challenge/result")
      if (!reRunnable) {
        if (!(viaTrpc instanceof Error)) throw new Error(`${decision.kind} was replayed`)
        expect(viaTrpc.code).toBe("PRECONDITION_FAILED")
        expect(viaGraphql.errors?.[0]?.extensions?.tag).toBe("ReplayUnavailable")
        expect(viaGraphql.errors?.[0]?.message).toContain("cannot be replayed")
        continue
      }
      if (viaTrpc instanceof Error) throw viaTrpc
      expect(viaGraphql.errors).toBeUndefined()
      for (const replay of [viaTrpc, viaGraphql.data!.replayDecision]) {
        expect(replay.differences).toEqual([])
        expect(replay.same).toBe(true)
        expect(replay.replayedOutcome).toBe(decision.outcome)
        expect(replay.replayedReasons).toEqual(decision.reasons)
        expect(replay.replayedWith).toEqual(decision.policy)
      }
      replayed++
    }
    expect(replayed).toBe(
      made.filter((d) => !d.reasons.some((r) => r.criterion === "challenge/result")).length,
    )
    expect(replayed).toBeGreaterThanOrEqual(3)
  }, 120_000)

  it("answers a replay under today's rules with the same result when nothing changed, and refuses an unknown decision", async () => {
    const [decision] = (await demoDecisions<Decision>(demo)).filter(
      (d) => d.kind === "indicative-budget",
    )
    const current = await trpc<Replay>(
      demo.url(),
      "decision.replay",
      { decisionId: decision!.id, against: "current" },
      "query",
      demo.token(),
    )
    expect(current.same).toBe(true)
    const missing = await trpc(
      demo.url(),
      "decision.replay",
      { decisionId: crypto.randomUUID() },
      "query",
      demo.token(),
    ).catch((error: Error & { code?: string }) => error.code)
    expect(missing).toBe("NOT_FOUND")
  })
})
