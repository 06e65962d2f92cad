import { createHash } from "node:crypto"
import type { GraphiQLOptions } from "graphql-yoga"

/** Where the server serves GraphiQL's code by default (outside production only). */
export const defaultGraphiqlAssetsPath = "/graphiql"

const assetNames = {
  "graphiql.js": { key: "js", contentType: "text/javascript; charset=utf-8" },
  "graphiql.css": { key: "css", contentType: "text/css; charset=utf-8" },
  "editor.worker.js": { key: "editorWorkerService", contentType: "text/javascript; charset=utf-8" },
  "json.worker.js": { key: "jsonWorker", contentType: "text/javascript; charset=utf-8" },
  "graphql.worker.js": { key: "graphqlWorker", contentType: "text/javascript; charset=utf-8" },
} as const

export type GraphiqlAssetName = keyof typeof assetNames

export interface GraphiqlAsset {
  readonly body: string
  readonly contentType: string
  /** A strong validator of the body, quoted, for `ETag`. */
  readonly etag: string
}

const escapeForScript = (json: string) => json.replaceAll("<", "\\u003c")

/**
 * GraphiQL's page, loading its code from `assetsPath` on the same server: nothing comes from a
 * CDN, so it works on a network without one. The code is the GraphiQL that graphql-yoga bundles
 * (`@graphql-yoga/render-graphiql`), served by `graphiqlAsset`.
 */
export const renderLocalGraphiql =
  (assetsPath: string = defaultGraphiqlAssetsPath) =>
  (options: GraphiQLOptions): string => {
    const base = assetsPath.replace(/\/+$/, "")
    const title = (options.title ?? "OpenPB GraphiQL").replace(/[<>&"]/g, "")
    return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${base}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root">Loading ${title}...</div>
    <script>
      const workerUrls = {
        editorWorkerService: "${base}/editor.worker.js",
        json: "${base}/json.worker.js",
        graphql: "${base}/graphql.worker.js",
      }
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: (_moduleId, label) => workerUrls[label] ?? workerUrls.editorWorkerService,
      }
    </script>
    <script src="${base}/graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), ${escapeForScript(JSON.stringify(options))})
    </script>
  </body>
</html>
`
  }

const loaded = new Map<GraphiqlAssetName, GraphiqlAsset>()

/**
 * One of GraphiQL's files by name (`graphiql.js`, `graphiql.css`, and the editor's workers), or
 * undefined for any other name. The bundle (about 9 MB) is imported on first use, so a
 * production server, which never asks, never loads it.
 */
export const graphiqlAsset = async (name: string): Promise<GraphiqlAsset | undefined> => {
  if (!Object.hasOwn(assetNames, name)) return undefined
  const known = name as GraphiqlAssetName
  const cached = loaded.get(known)
  if (cached) return cached
  const bundle = await import("@graphql-yoga/render-graphiql/graphiql")
  const { key, contentType } = assetNames[known]
  const body = bundle[key]
  const asset = {
    body,
    contentType,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
  }
  loaded.set(known, asset)
  return asset
}
