import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { DirectoryEntry } from "../directory/DirectoryEntry.ts"
import {
  DirectoryImport,
  GetDirectoryEntryInput,
  getDirectoryEntry,
  importDirectory,
  ImportDirectoryCsvInput,
  importDirectoryCsv,
  SearchDirectoryInput,
  searchDirectory,
} from "../directory/usecases.ts"
import { OrukFeed } from "../directory/OrukFeed.ts"
import { PageOf } from "./Page.ts"
import { defineUseCase } from "./UseCase.ts"

export const SearchDirectory = defineUseCase({
  name: "searchDirectory",
  path: "directory.search",
  kind: "query",
  description:
    "The council's directory of providers, personal assistants and community activities, by need (free text), area (postcode, district or area name), language, category and kind; in name order, a page at a time.",
  access: readRule("directory.read", "council"),
  input: SearchDirectoryInput,
  output: PageOf(DirectoryEntry, "DirectoryEntryPage"),
  errors: [],
  graphql: { field: "directory", connection: true },
  run: searchDirectory,
})

export const GetDirectoryEntry = defineUseCase({
  name: "getDirectoryEntry",
  path: "directory.get",
  kind: "query",
  description: "One entry of the council's directory.",
  access: readRule("directory.read", "council"),
  input: GetDirectoryEntryInput,
  output: DirectoryEntry,
  errors: ["DirectoryEntryNotFound"],
  graphql: { field: "directoryEntry" },
  run: getDirectoryEntry,
})

export const ImportDirectory = defineUseCase({
  name: "importDirectory",
  path: "directory.import",
  kind: "command",
  description:
    "Imports an Open Referral UK feed (a page of its /services endpoint) into the council's directory in one transaction: added, updated or unchanged by the feed's service id, so a second import of the same feed changes nothing; a service that cannot be listed is refused with its reasons.",
  access: writeRule("directory.import", "council"),
  input: OrukFeed,
  output: DirectoryImport,
  errors: [],
  run: importDirectory,
})

export const ImportDirectoryCsv = defineUseCase({
  name: "importDirectoryCsv",
  path: "directory.importCsv",
  kind: "command",
  description:
    "Imports the council's directory from CSV (the feed's fields, one service a row, lists separated by semicolons) by the same rules as an Open Referral UK feed, in one transaction; a row that cannot be listed is refused with its reasons.",
  access: writeRule("directory.import", "council"),
  input: ImportDirectoryCsvInput,
  output: DirectoryImport,
  errors: [],
  run: importDirectoryCsv,
})
