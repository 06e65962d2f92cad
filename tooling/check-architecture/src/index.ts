export { checkArchitecture } from "./check.ts"
export { ruleFor, rules, type LayerRule } from "./rules.ts"
export { importsOf, packageOf, readWorkspace, type WorkspacePackage } from "./workspace.ts"
