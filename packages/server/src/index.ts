export { type HttpAppOptions, makeHttpApp } from "./HttpApp.ts"
export { listen, type RunningServer } from "./serve.ts"
