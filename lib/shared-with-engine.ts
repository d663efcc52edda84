/**
 * What `adopt` alone shares with the library and needs an engine for: the construct's own props
 * validation, which the code adopt prints must pass. Loads cdktf (cdktn in a cdktn app: see
 * tools/shared/cli/engine-alias.ts) and constructs; the other commands import `./shared` only.
 */
export { validateConnectorProps } from "./private/validate-props";
