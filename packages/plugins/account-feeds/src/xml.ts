import { XMLParser, XMLValidator } from "fast-xml-parser"

/**
 * XML read with fast-xml-parser, every value kept as text (`parseTagValue: false`): an amount
 * such as "12.50" reaches the pence reader as the characters the file holds, never as a float.
 * Namespace prefixes are dropped (camt.053 files use a default namespace or a prefix).
 */
const parser = (arrays: ReadonlySet<string>) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    removeNSPrefix: true,
    trimValues: true,
    processEntities: true,
    isArray: (name) => arrays.has(name),
  })

/** The document, or the line and reason it is not well-formed XML. */
export const readXml = (
  text: string,
  arrays: ReadonlySet<string>,
):
  | { readonly document: Record<string, unknown> }
  | { readonly line: number; readonly problem: string } => {
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    return { line: valid.err.line, problem: `the file is not well-formed XML: ${valid.err.msg}` }
  return { document: parser(arrays).parse(text) as Record<string, unknown> }
}

/** The value at a path of element names, or undefined. */
export const at = (node: unknown, ...path: ReadonlyArray<string>): unknown =>
  path.reduce<unknown>(
    (current, name) =>
      typeof current === "object" && current !== null && !Array.isArray(current)
        ? (current as Record<string, unknown>)[name]
        : undefined,
    node,
  )

/** An element's text (its `#text` when it has attributes), or "". */
export const textAt = (node: unknown, ...path: ReadonlyArray<string>): string => {
  const value = at(node, ...path)
  if (typeof value === "string") return value
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  const text = at(value, "#text")
  return typeof text === "string" ? text : ""
}

/** The first non-empty text among several paths. */
export const firstText = (node: unknown, paths: ReadonlyArray<ReadonlyArray<string>>): string => {
  for (const path of paths) {
    const text = textAt(node, ...path).trim()
    if (text !== "") return text
  }
  return ""
}

/** The elements at a path as a list (one, several or none). */
export const listAt = (node: unknown, ...path: ReadonlyArray<string>): ReadonlyArray<unknown> => {
  const value = at(node, ...path)
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
