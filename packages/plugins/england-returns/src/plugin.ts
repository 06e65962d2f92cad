import { definePlugin } from "@openpb/plugin-sdk"
import { ascof3dExporter } from "./ascof3d.ts"
import { cldExporter } from "./cld.ts"
import { phbExporter } from "./phb.ts"
import { EnglandReturnsSettings } from "./settings.ts"

export const englandReturns = definePlugin({
  id: "openpb/england-returns",
  version: "0.1.0",
  description:
    "England's statutory returns: the adult social care Client Level Data return, ASCOF 3D (self-directed support and direct payments) and the NHS personal health budget quarterly collection.",
  provides: [],
  settings: EnglandReturnsSettings,
  rules: () => ({}),
  exporters: (settings) => [cldExporter(settings), ascof3dExporter(settings), phbExporter()],
})
