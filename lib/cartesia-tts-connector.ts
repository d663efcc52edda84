import { AnnotationMetadataEntryType, Annotations, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Integration } from "../.gen/providers/genesyscloud/integration";
import { IntegrationConfigA as IntegrationConfigResource } from "../.gen/providers/genesyscloud/integration-config";
import { IntegrationCredential, type IntegrationCredentialConfig } from "../.gen/providers/genesyscloud/integration-credential";
import { ApiKeySourceKind } from "./cartesia-api-key";
import { type CartesiaTtsConnectorProps, type ConnectorSettings } from "./cartesia-tts-connector-props";
import { buildConnectorConfig, buildCredentialFields, type ConnectorConfig } from "./connector-config";
import { registerConnector } from "./private/connector-registry";
import { ImportBlocks, type ImportTarget } from "./private/import-blocks";
import { CartesiaConnectorConfigError } from "./errors";
import { IntegrationConfigMode, STANDALONE_CONFIG_ENV } from "./integration-config-mode";
import { checkTokensAtSynth, connectorTokenInputs } from "./private/synth-checks";
import { scopeIsOfThisEngine } from "./private/rules/scope-is-of-this-engine";
import { constructArgumentProblems, intendedPath, type PropsVerdict, validateConnectorProps } from "./private/validate-props";

/**
 * A Genesys Cloud "Genesys TTS Connector" integration that speaks with Cartesia Sonic, configured as
 * Cartesia's guide prescribes: the integration, its config and a "User Defined" credential that
 * carries `X-Api-Key` and `Cartesia-Version`.
 *
 * Props are checked when the construct is created; every problem is reported in one
 * `CartesiaConnectorConfigError` before anything is synthesized.
 */
export class CartesiaTtsConnector extends Construct {
  /** The `genesyscloud_integration` resource. */
  public readonly integration: Integration;
  /** The standalone `genesyscloud_integration_config` resource, in `IntegrationConfigMode.STANDALONE`. */
  public readonly integrationConfig?: IntegrationConfigResource;
  /** The credential the connector created; absent with `CartesiaApiKey.fromExistingCredential`. */
  public readonly credential?: IntegrationCredential;
  /** The id of the credential the integration uses (a token, or the id given to `fromExistingCredential`). */
  public readonly credentialId: string;
  /** The validated settings, defaults applied. */
  public readonly settings: ConnectorSettings;
  /** The integration's properties and advanced JSON, as sent to Genesys. */
  public readonly config: ConnectorConfig;
  private integrationIdToken?: string;

  constructor(scope: Construct, id: string, props: CartesiaTtsConnectorProps) {
    super(scope, checkedId(scope, id));
    const settings = (this.settings = acceptProps(this, scope, id, props));
    this.config = buildConnectorConfig(settings);
    const made = makeResources(this, settings, this.config);
    this.credential = made.credential;
    this.credentialId = made.credentialId;
    this.integration = made.integration;
    this.integrationConfig = made.integrationConfig;
    this.integrationIdToken = made.integrationId;
    if (made.integrationConfig) addStandaloneNote(this);
    // Tokens show what they hold once resolved, at synth: a key token may hide a literal, a name a key.
    checkTokensAtSynth(this, connectorTokenInputs(settings, (props.credentialName ?? undefined) !== undefined));
    if (settings.importExisting) adoptExisting(this, settings.importExisting, settings.provider);
  }

  /** The integration's id (a token). */
  public get integrationId(): string {
    // Read only when needed: every read of a generated `.id` mints a token, and an embedded config needs none.
    return (this.integrationIdToken ??= this.integration.id);
  }

  /** The TTS engine id Architect flows use for this connector: `connector-<integration id>`. */
  public get ttsEngineId(): string {
    return `connector-${this.integrationId}`;
  }
}

/** The id, once scope and id are known to be what the constructs library needs. */
function checkedId(scope: unknown, id: unknown): string {
  const problems = constructArgumentProblems(scope, id);
  if (problems.length === 0) problems.push(...scopeIsOfThisEngine(scope as Construct).errors);
  if (problems.length > 0) throw new CartesiaConnectorConfigError(intendedPath(scope, id), problems);
  return id as string;
}

/**
 * Validates the props and registers the connector in its stack; returns the settings, or throws every
 * problem at once, leaving no half-built construct behind (a caller that catches can retry with the same
 * id). Warnings become annotations of the connector.
 */
function acceptProps(connector: CartesiaTtsConnector, scope: Construct, id: string, props: CartesiaTtsConnectorProps): ConnectorSettings {
  const verdict = checkedProps(connector, props);
  const errors = [...verdict.errors];
  if (errors.length === 0) {
    const { integrationName, configMode, provider, importExisting } = verdict.settings;
    errors.push(...registerConnector(connector, integrationName, configMode, provider, importExisting?.integrationId));
  }
  if (errors.length > 0) {
    scope.node.tryRemoveChild(id);
    throw new CartesiaConnectorConfigError(connector.node.path, errors);
  }
  for (const warning of verdict.warnings) Annotations.of(connector).addWarning(warning);
  return verdict.settings;
}

/**
 * The props' verdict. A check that throws (a getter that throws, a Proxy) is the caller's wrong-typed
 * argument, answered with the library's own error rather than whatever was thrown.
 */
function checkedProps(connector: CartesiaTtsConnector, props: CartesiaTtsConnectorProps): PropsVerdict {
  try {
    return validateConnectorProps(props, connector);
  } catch (error) {
    connector.node.scope?.node.tryRemoveChild(connector.node.id);
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new CartesiaConnectorConfigError(connector.node.path, [`props: reading them threw (${what}); pass plain values.`]);
  }
}

/** What a connector is made of. */
interface ConnectorResources {
  readonly credential?: IntegrationCredential;
  readonly credentialId: string;
  readonly integration: Integration;
  readonly integrationConfig?: IntegrationConfigResource;
  /** Read when the standalone config needed it. */
  readonly integrationId?: string;
}

/** The guide's resources: the credential (unless one exists), the integration and, standalone, its config. */
function makeResources(connector: CartesiaTtsConnector, settings: ConnectorSettings, config: ConnectorConfig): ConnectorResources {
  const { apiKey, connectorType, provider } = settings;
  const credential =
    apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL ? undefined : new IntegrationCredential(connector, "credential", credentialConfig(settings));
  const credentialId = credential ? credential.id : apiKey.value;
  const configBody = integrationConfigBody(settings, config, credentialId);
  const embedded = settings.configMode === IntegrationConfigMode.EMBEDDED;
  const integration = new Integration(connector, "integration", {
    provider,
    integrationType: connectorType.integrationType,
    intendedState: settings.enabled ? "ENABLED" : "DISABLED",
    config: embedded ? configBody : undefined,
  });
  const integrationId = embedded ? undefined : integration.id;
  const integrationConfig =
    integrationId === undefined ? undefined : new IntegrationConfigResource(connector, "config", { provider, integrationId, ...configBody });
  return { credential, credentialId, integration, integrationConfig, integrationId };
}

/** The "User Defined" credential that carries the key and the API version. */
function credentialConfig(settings: ConnectorSettings): IntegrationCredentialConfig {
  return {
    provider: settings.provider,
    name: settings.credentialName,
    credentialTypeName: settings.connectorType.credentialType,
    fields: buildCredentialFields(settings.apiKey.value, settings.cartesiaVersion),
  };
}

/** The integration's config, embedded in it or as its own resource. */
function integrationConfigBody(settings: ConnectorSettings, config: ConnectorConfig, credentialId: string) {
  return {
    name: settings.integrationName,
    notes: settings.notes,
    properties: config.propertiesJson,
    advanced: config.advancedJson,
    credentials: { [settings.connectorType.credentialSlot]: credentialId },
  };
}

/**
 * Once per stack, on the stack: the note is about running terraform on it, and a platform repo's synth would
 * otherwise print the same line for every connector. Without a stack trace: it would point at no line to
 * change. Level, message and path are what Annotations.addInfo writes.
 */
function addStandaloneNote(connector: CartesiaTtsConnector): void {
  const stack = TerraformStack.of(connector);
  const note = `configMode STANDALONE writes genesyscloud_integration_config for this stack's connectors: run terraform with ${STANDALONE_CONFIG_ENV}=true and Genesys provider 1.86 or later, or choose IntegrationConfigMode.EMBEDDED.`;
  // The stack's own metadata says whether an earlier connector already told it.
  if (stack.node.metadata.some((entry) => entry.data === note)) return;
  stack.node.addMetadata(AnnotationMetadataEntryType.INFO, note, { stackTrace: false });
}

/** Import blocks that adopt resources created elsewhere (in the UI), in creation order: the credential, the integration, its config. */
function adoptExisting(
  connector: CartesiaTtsConnector,
  adopt: NonNullable<ConnectorSettings["importExisting"]>,
  provider: ConnectorSettings["provider"],
): void {
  const targets: ImportTarget[] = [
    ...(connector.credential && adopt.credentialId ? [{ resource: connector.credential, id: adopt.credentialId }] : []),
    { resource: connector.integration, id: adopt.integrationId },
    ...(connector.integrationConfig ? [{ resource: connector.integrationConfig, id: `${adopt.integrationId}/config` }] : []),
  ];
  new ImportBlocks(connector, "import", targets, provider);
}
