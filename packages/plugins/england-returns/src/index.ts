export {
  AGE_BANDS,
  ASCOF_CUTS,
  type AscofPerson,
  ascof3dExporter,
  ascofPeople,
  SUPPORT,
} from "./ascof3d.ts"
export { CldParameters, cldColumns, cldExporter, cldRow } from "./cld.ts"
export { type CldEvent, cldEvents, requestRouteOfAccess } from "./cldEvents.ts"
export { financialYearStart, Quarter } from "./dates.ts"
export {
  PHB_CATEGORIES,
  PHB_MEASURES,
  PHB_TYPES,
  phbCategory,
  phbExporter,
  phbType,
} from "./phb.ts"
export { englandReturns } from "./plugin.ts"
export {
  CldDeliveryMechanism,
  CldRouteOfAccess,
  defaultRouteOfAccess,
  EnglandReturnsSettings,
  PrimarySupportReason,
  ReferralSource,
} from "./settings.ts"
