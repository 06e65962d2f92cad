import { trustedDocumentManifest } from "../src/index.ts"

// The deployment serves this file as its trusted documents (OPENPB_TRUSTED_DOCUMENTS).
process.stdout.write(`${JSON.stringify(await trustedDocumentManifest(), null, 2)}\n`)
