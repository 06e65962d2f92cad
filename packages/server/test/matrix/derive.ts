import { type Action, type AnyUseCase, type UseCaseName, useCases } from "@openpb/core"
import { SchemaAST } from "effect"
import { type Probe, probes } from "./probes.ts"
import type { Circle } from "./seed.ts"

/**
 * The matrix's list of calls, derived from core's `useCases`: every rule of every use case gets
 * the hand-written probe for it or, for a query, a probe derived from its input schema. A use
 * case neither covers is listed with the reason, and the matrix fails naming it.
 */
export type MatrixEntry =
  | {
      readonly useCase: UseCaseName
      readonly action: Action
      readonly probe: Probe
      readonly derived: boolean
    }
  | { readonly useCase: UseCaseName; readonly action: Action; readonly missing: string }

/** The seeded record an id field of an input names, by the field's name. */
const seededIds: Record<string, (circle: Circle) => string> = {
  personId: (c) => c.personId,
  journeyId: (c) => c.activeJourneyId,
  budgetId: (c) => c.activeBudgetId,
  decisionId: (c) => c.eligibilityDecisionId,
  challengeId: (c) => c.closedChallengeId,
  carerId: (c) => c.consentingCarerId,
  postingId: (c) => c.postingId,
}

const encodedNode = (ast: SchemaAST.AST): SchemaAST.AST => {
  const last = ast.encoding?.[ast.encoding.length - 1]
  return last === undefined ? ast : encodedNode(last.to)
}

const firstExample = (ast: SchemaAST.AST): { value: unknown } | undefined => {
  const examples = SchemaAST.resolveAt<ReadonlyArray<unknown>>("examples")(ast)
  return examples !== undefined && examples.length > 0 ? { value: examples[0] } : undefined
}

/**
 * A query's input made from its schema: each id the circle has a record for (by the field's
 * name), each other required field from its schema's first example, optional fields left out; the
 * whole input's first example, if it has one, underneath. A command is never derived: a write the
 * matrix did not choose could change what another probe's outcome depends on.
 */
export const deriveProbe = (contract: AnyUseCase): Probe | string => {
  if (contract.kind !== "query")
    return "a command needs a hand-written probe (a derived write could change what other probes depend on)"
  if (contract.access.rules.length !== 1)
    return "its input decides which of its rules applies: write a probe for each rule"
  const node = encodedNode(contract.input.ast)
  if (!SchemaAST.isObjects(node)) return "its input is not a struct"
  const base = firstExample(contract.input.ast)?.value
  const fixed: Record<string, unknown> =
    typeof base === "object" && base !== null ? { ...(base as Record<string, unknown>) } : {}
  const ids: Array<[string, (c: Circle) => string]> = []
  for (const property of node.propertySignatures) {
    const name = String(property.name)
    const id = seededIds[name]
    if (id !== undefined) {
      ids.push([name, id])
      continue
    }
    if (name in fixed || property.type.context?.isOptional === true) continue
    const example = firstExample(property.type)
    if (example === undefined)
      return `its required field ${name} is no seeded id and has no example to call it with`
    fixed[name] = example.value
  }
  return {
    useCase: contract.name as UseCaseName,
    action: contract.access.rules[0].action,
    authorised: "ok",
    input: (circle) => ({ ...fixed, ...Object.fromEntries(ids.map(([n, id]) => [n, id(circle)])) }),
    ...(ids.length === 0 ? { targetless: true as const } : {}),
  }
}

export const matrixEntries = (): ReadonlyArray<MatrixEntry> =>
  (useCases as ReadonlyArray<AnyUseCase>).flatMap((contract) =>
    contract.access.rules.map((rule): MatrixEntry => {
      const useCase = contract.name as UseCaseName
      const written = probes.find((p) => p.useCase === useCase && p.action === rule.action)
      if (written) return { useCase, action: rule.action, probe: written, derived: false }
      const derived = deriveProbe(contract)
      return typeof derived === "string"
        ? { useCase, action: rule.action, missing: derived }
        : { useCase, action: rule.action, probe: derived, derived: true }
    }),
  )
