/** Semantic Versioning 2.0.0, https://semver.org (the regular expression it recommends). */
const semverPattern =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

export const isSemver = (version: string): boolean => semverPattern.test(version)

/** Plugin ids are `<owner>/<name>` in lower case, e.g. `openpb/england-care-act`. */
export const isPluginId = (id: string): boolean =>
  /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/.test(id)
