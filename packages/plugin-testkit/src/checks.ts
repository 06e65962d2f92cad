/** Words that show a reason was assembled from missing data rather than written for a person. */
const artefacts = ["undefined", "NaN", "[object Object]", "null", "Infinity"]

/** Every problem with one answer: reasons missing or not in plain words, amounts not in pence. */
export const answerProblems = (value: unknown, path = "answer"): Array<string> => {
  const problems: Array<string> = []
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) problems.push(...answerProblems(item, `${path}[${i}]`))
    return problems
  }
  if (value === null || typeof value !== "object") return problems
  const record = value as Record<string, unknown>
  if ("policy" in record && !("reasons" in record) && !("reason" in record))
    problems.push(`${path} has no reason`)
  if ("reasons" in record) {
    const reasons = record.reasons
    if (!Array.isArray(reasons) || reasons.length === 0) problems.push(`${path}.reasons is empty`)
  }
  for (const [key, field] of Object.entries(record)) {
    if (key === "text" && typeof field === "string") {
      const words = field.trim().split(/\s+/).filter(Boolean)
      if (words.length < 3) problems.push(`${path}.text is not a sentence: "${field}"`)
      for (const artefact of artefacts)
        if (new RegExp(`\\b${artefact.replace(/[[\]]/g, "\\$&")}`).test(field))
          problems.push(`${path}.text shows "${artefact}": "${field}"`)
    }
    if (key.endsWith("Pence") && field !== null) {
      if (typeof field !== "number" || !Number.isSafeInteger(field) || field < 0)
        problems.push(
          `${path}.${key} is not a non-negative whole number of pence: ${String(field)}`,
        )
    }
    if (typeof field === "object") problems.push(...answerProblems(field, `${path}.${key}`))
  }
  return problems
}
