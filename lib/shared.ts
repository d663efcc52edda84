/**
 * What the command (`tools/`, the `cartesia-genesys` package) shares with the library, in one module: the
 * key detector, the model catalog, the props rules it applies to what it reads back, and the helpers
 * behind its messages. Each fact stays written once, in `lib/private/`; the command imports it from here
 * and never from `lib/private/` (eslint's no-restricted-imports on tools/). Loads no engine: nothing
 * here imports cdktf, cdktn or constructs (`__tests__/project/command-engine.test.ts`). Not part of the
 * construct packages' API (`lib/index.ts` does not export it).
 */
export { byKey, canonicalJson, type JsonValue } from "./private/canonical-json";
export { describeOutputFormat, outputFormatFields } from "./private/describe-output-format";
export { describeValue } from "./private/describe-value";
export { EXAMPLE_GENESYS_ID, isGenesysId } from "./private/genesys-id";
export {
  ADMIN_KEY_PREFIX,
  containsKeyLike,
  describeFoundKey,
  findKeyLike,
  findKeyShaped,
  type FoundKey,
  KEY_PREFIX,
  maskSecret,
  redactKeys,
} from "./private/key-hygiene";
export { isLoopbackHost } from "./private/loopback";
export { findModel, MODEL_CATALOG, onlyThirdParty, RECOMMENDED_MODEL } from "./private/model-catalog";
export { modelKindOf } from "./private/model-id";
export { apiBaseUrlIsValid } from "./private/rules/api-base-url-is-valid";
export { cartesiaVersionIsKnown } from "./private/rules/cartesia-version-is-known";
export { modelIsServed } from "./private/rules/model-is-served";
export { modelServesLanguage } from "./private/rules/model-serves-language";
export { outputFormatIsSupported } from "./private/rules/output-format-is-supported";
export { closestName, didYouMean } from "./private/suggest";
// Whole: the body is where every optional prop maps to Cartesia's fields, so a new one needs no line here.
export * from "./private/synthesize-body";
