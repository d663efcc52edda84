import { TerraformStack } from "cdktf";
import type { CartesiaTtsConnector } from "../../lib/cartesia-tts-connector";
import { findConnectors, type SynthesizedConnector, type TerraformDocument } from "../../tools/shared/synthesized-connectors";
import { sourceFromSynthesized, type ConnectorSource } from "../../tools/smoke/render-requests";

/**
 * The connector as its stack would synthesize it, read with the same parser as a `cdk.tf.json`: the
 * smoke requests from a construct and from `cdktf.out` can then never differ.
 */
export function synthesizedFromConstruct(connector: CartesiaTtsConnector): SynthesizedConnector {
  const stack = TerraformStack.of(connector);
  const document = stack.toTerraform() as TerraformDocument;
  const found = findConnectors(stack.node.id, document, connector.settings.connectorType.integrationType).find((c) => c.constructPath === connector.node.path);
  if (!found) throw new Error(`${connector.node.path}: not found in its stack's Terraform configuration.`);
  return found;
}

/** A render source for `renderVoiceListRequest`/`renderSynthesisRequest`, from the construct itself. */
export function sourceFromConstruct(connector: CartesiaTtsConnector): ConnectorSource {
  const { settings } = connector;
  return { ...sourceFromSynthesized(synthesizedFromConstruct(connector)), propertyKeys: settings.connectorType.propertyKeys, apiBaseUrl: settings.apiBaseUrl };
}
