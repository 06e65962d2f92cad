/** `council-social-care` -> `COUNCIL_SOCIAL_CARE`: GraphQL enum value names for core's literals. */
export const enumValueName = (literal: string): string =>
  literal
    .toUpperCase()
    .replaceAll(/[^A-Z0-9_]/g, "_")
    .replace(/^(\d)/, "_$1")

/** `fundingStreams` -> `FundingStreams`. */
export const pascal = (name: string): string =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")

/** An identifier annotation may be a module path (`@openpb/core/Journey`): its last segment. */
export const typeNameOf = (identifier: string): string => pascal(identifier.split("/").at(-1)!)
