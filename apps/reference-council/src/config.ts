import { fileURLToPath } from "node:url"

export const COUNCIL_ID = "northmere"
export const COUNCIL_NAME = "Northmere Borough Council (fictional)"

/** PGlite's data and the development issuer's key live beside the app unless told otherwise. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data", import.meta.url))
