import { keyModeOf } from "../shared/key-mode";
import type { JsonValue } from "../../lib/shared";
import { API_KEY_HEADER, VERSION_HEADER } from "../../lib/connector-config";
import { STANDALONE_CONFIG_ENV } from "../../lib/integration-config-mode";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import { KNOWN_CARTESIA_VERSIONS } from "../../lib/connector-config";
import { isJsonObject } from "../shared/json-path";
import { findConnectors, type SynthesizedConnector, type TerraformDocument } from "../shared/synthesized-connectors";
import { classifyModel, currentSnapshots, sunsetClause } from "./classify-model";
import { classifyOutputFormat } from "./classify-output-format";
import { describeCredentialLink, describeFieldSource, describeRegion } from "./describe-source";
import { byKey, redactKeys } from "../../lib/shared";
import { isSecretFieldName } from "./redact";
import type { ConnectorReview, CredentialReview, Finding, ReviewSummary } from "./review-model";
import { keyHosts, nonAsciiHost } from "../shared/key-hosts";
import { stackKeyFindings } from "./stack-findings";
import { connectorSettings } from "./settings";
import { shared } from "./shared-text";

/** A stack to review: its name and its parsed `cdk.tf.json`. */
export interface StackInput {
  readonly name: string;
  readonly document: TerraformDocument;
}

/**
 * Reviews every connector of every stack, stacks in the order given, connectors by Terraform address.
 * `stackFindings: false` leaves out the search of every stack for literal keys, for a side that is only
 * compared with (a base, a plan's state): a diff reports the head's.
 */
export function summarize(stacks: readonly StackInput[], { stackFindings = true }: { readonly stackFindings?: boolean } = {}): ReviewSummary {
  return {
    stacks: stacks.map((stack) => {
      const index = indexStack(stack.document);
      return {
        name: stack.name,
        connectors: findConnectors(stack.name, stack.document).map((connector) => reviewConnector(connector, stack.document, index)),
        findings: stackFindings ? stackKeyFindings(stack.document) : [],
      };
    }),
  };
}

/** What a stack says about its connectors in blocks of its own, read once per stack, not once per connector. */
export interface StackIndex {
  /** The flows whose configuration mentions `${<address>.id}`, by address, sorted. */
  readonly flows: ReadonlyMap<string, readonly string[]>;
  /** The `from` of the first `moved` block to each address. */
  readonly movedFrom: ReadonlyMap<string, string>;
}

/**
 * The flows and moved blocks of a stack, each read once: looking them up for every connector made a stack of
 * thousands of connectors and flows quadratic.
 */
export function indexStack(document: TerraformDocument): StackIndex {
  const flows = new Map<string, string[]>();
  for (const [id, flow] of Object.entries(asObjectOf(document.resource?.genesyscloud_flow))) {
    // Every `${<address>.id}` its configuration holds, as a connector's `connector-${...id}` engine id is written.
    const mentioned = new Set([...(JSON.stringify(flow) ?? "").matchAll(/\$\{([^{}]*)\.id\}/g)].map((m) => m[1]));
    for (const address of mentioned) flows.set(address, [...(flows.get(address) ?? []), `genesyscloud_flow.${id}`]);
  }
  for (const list of flows.values()) list.sort();
  // One block as an object, or several as a list, as Terraform's JSON syntax allows.
  const moved: unknown = document.moved;
  const movedFrom = new Map<string, string>();
  for (const block of (Array.isArray(moved) ? moved : [moved]).filter(isJsonObject)) {
    if (typeof block.to === "string" && typeof block.from === "string" && !movedFrom.has(block.to)) movedFrom.set(block.to, block.from);
  }
  return { flows, movedFrom };
}

/** Everything a reviewer needs about one connector, with no secret value in it. */
export function reviewConnector(connector: SynthesizedConnector, document: TerraformDocument, index = indexStack(document)): ConnectorReview {
  const keys = GENESYS_TTS_CONNECTOR.propertyKeys;
  const body = asRecord(connector.advanced?.synthesizeBody);
  const model = classifyModel(body?.model_id);
  const format = classifyOutputFormat(body?.output_format);
  const region = describeRegion(document, connector.provider);
  const credential = reviewCredential(connector);
  const versionField = connector.credential?.fields[VERSION_HEADER];
  const pci = connector.properties?.[keys.pciCompliant];

  const review: Omit<ConnectorReview, "findings"> = {
    stack: connector.stack,
    address: connector.address,
    constructPath: connector.constructPath,
    movedFrom: index.movedFrom.get(connector.address),
    integrationName: safe(connector.name),
    integrationType: safe(connector.integrationType),
    intendedState: connector.intendedState,
    model: typeof body?.model_id === "string" ? redactKeys(body.model_id) : undefined,
    modelStatus: model.kind,
    outputFormat: format.description === undefined ? undefined : redactKeys(format.description),
    telephonySafe: format.telephonySafe,
    language: typeof body?.language === "string" ? redactKeys(body.language) : undefined,
    cartesiaVersion: versionField ? describeFieldSource(VERSION_HEADER, versionField).display : undefined,
    voicesUri: stringProperty(connector, keys.voicesUri),
    synthesizeUri: stringProperty(connector, keys.synthesizeUri),
    synthesizeMethod: stringProperty(connector, keys.synthesizeMethod),
    keyHosts: keyHosts([connector.properties?.[keys.voicesUri], connector.properties?.[keys.synthesizeUri]]),
    pciCompliant: pci === undefined ? undefined : redactKeys(JSON.stringify(pci)),
    notes: safe(connector.notes),
    configStyle: connector.configStyle,
    configAddress: connector.configAddress,
    provider: connector.provider ?? "genesyscloud",
    region,
    credential,
    flows: [...(index.flows.get(connector.address) ?? [])],
    settings: connectorSettings(connector, region),
    imported: connector.imports && {
      integrationId: redactKeys(connector.imports.integration),
      configId: safe(connector.imports.config),
      credentialId: safe(connector.imports.credential),
    },
  };
  return { ...review, findings: connectorFindings(connector, review, model, format) };
}

function reviewCredential(connector: SynthesizedConnector): CredentialReview {
  const [slot] = Object.keys(connector.credentials).sort();
  const link = describeCredentialLink(slot === undefined ? undefined : connector.credentials[slot]);
  const credential = connector.credential;
  return {
    slot,
    link,
    managedHere: credential !== undefined,
    address: credential?.address,
    name: safe(credential?.name),
    type: safe(credential?.credentialTypeName),
    fields: Object.keys(credential?.fields ?? {})
      .sort()
      .map((name) => ({ name, source: describeFieldSource(name, credential!.fields[name]).display })),
    keyMode: keyModeOf(connector).summary,
  };
}

/** The findings of one connector, always in the same order. */
function connectorFindings(
  connector: SynthesizedConnector,
  review: Omit<ConnectorReview, "findings">,
  model: ReturnType<typeof classifyModel>,
  format: ReturnType<typeof classifyOutputFormat>,
): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Finding["severity"], code: string, message: string) => findings.push({ severity, code, message: shared(redactKeys(message)) });
  const expectedType = GENESYS_TTS_CONNECTOR.integrationType;

  if (review.integrationType !== expectedType) {
    add(
      "warning",
      "integration-type",
      `integration_type is ${JSON.stringify(review.integrationType ?? null)}, not "${expectedType}" (overridden through connectorType): make sure Genesys names the type so.`,
    );
  }
  if (review.intendedState !== "ENABLED") {
    add("info", "disabled", `intended_state is ${review.intendedState}: the integration exists but stays inactive, so flows cannot use it.`);
  }

  if (connector.configStyle === "none") {
    add("warning", "no-config", "The integration has no config: neither a genesyscloud_integration_config nor an embedded config block.");
  } else {
    if (model.kind === "sunset") {
      add("risky", "model-sunset", `Model "${review.model}" is one ${sunsetClause(model)}; pin a current snapshot (${currentSnapshots()}).`);
    } else if (model.kind === "alias") {
      add(
        "warning",
        "model-alias",
        `Model "${review.model}" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production (${currentSnapshots()}).`,
      );
    }
    if (model.partly && !(review.language !== undefined && model.partly.serves.includes(review.language))) {
      add(
        "warning",
        "model-partly-sunset",
        `Model "${review.model}" is one Cartesia sunsetted on ${model.partly.since} for every language but ${model.partly.serves.join(", ")}${review.language === undefined ? "; set language to one of them, or" : `; its language ${JSON.stringify(review.language)} fails:`} pin a current snapshot (${currentSnapshots()}).`,
      );
    }
    if (model.kind === "unrecognized") {
      add("warning", "model-unrecognized", model.problem!.replace(/^model: /, "Model: "));
    } else if (model.kind === "missing") {
      add("warning", "model-missing", "advanced.synthesizeBody has no model_id: Cartesia rejects the request.");
    }

    if (format.description === undefined) {
      add("warning", "format-missing", "advanced.synthesizeBody has no output_format: Cartesia rejects the request.");
    } else if (format.problems.length > 0) {
      add("warning", "format-invalid", format.problems.join(" "));
    } else if (!format.telephonySafe) {
      add(
        "warning",
        "format-not-telephony",
        `Output format ${review.outputFormat} is not 8 kHz PCM: Genesys telephony played only 8 kHz raw or wav PCM cleanly (16/22/24 kHz and mp3 crackled).`,
      );
    }

    for (const [label, key] of [
      ["Voice-list URI", GENESYS_TTS_CONNECTOR.propertyKeys.voicesUri],
      ["Synthesis URI", GENESYS_TTS_CONNECTOR.propertyKeys.synthesizeUri],
    ] as const) {
      const uri = connector.properties?.[key];
      const host = typeof uri === "string" ? nonAsciiHost(uri) : undefined;
      if (host !== undefined) {
        add(
          "risky",
          "host-not-ascii",
          `The ${label} ${JSON.stringify(uri)} names a host that is not plain ASCII (${host} to the URL parser): a look-alike letter sends the key to another host than the one it seems to name. Write the host in ASCII.`,
        );
      }
    }

    const pci = connector.properties?.[GENESYS_TTS_CONNECTOR.propertyKeys.pciCompliant];
    if (pci !== undefined && typeof pci !== "boolean") {
      add(
        "warning",
        "pci-not-boolean",
        `${GENESYS_TTS_CONNECTOR.propertyKeys.pciCompliant} is ${review.pciCompliant}, not a JSON boolean (true is not "true").`,
      );
    }
  }

  const credential = connector.credential;
  if (Object.keys(connector.credentials).length === 0) {
    add("warning", "credential-missing", "The config links no credential: Cartesia rejects every request without X-Api-Key.");
  } else if (!credential) {
    add(
      "info",
      "credential-external",
      `The credential is managed elsewhere (${review.credential.link}): this review cannot see its fields, which must be ${API_KEY_HEADER} and ${VERSION_HEADER}.`,
    );
  } else {
    for (const [name, source] of Object.entries(credential.fields).sort(byKey)) {
      const described = describeFieldSource(name, source);
      if (described.literalSecret) {
        add(
          "risky",
          "key-literal",
          `Credential field ${name} holds a literal value, written in plain text into cdk.tf.json; pass the key with CartesiaApiKey.fromVariable and set TF_VAR_<name> at deploy time.`,
        );
      } else if (source.kind === "variable" && !source.sensitive && isSecretFieldName(name)) {
        add(
          "warning",
          "key-not-sensitive",
          `Credential field ${name} comes from variable ${source.name}, which is not marked sensitive: terraform prints it in plans.`,
        );
      }
    }
    const version = credential.fields[VERSION_HEADER];
    if (version?.kind === "literal" && !KNOWN_CARTESIA_VERSIONS.includes(version.value)) {
      add(
        "warning",
        "cartesia-version-unknown",
        `Cartesia-Version ${JSON.stringify(version.value)} is not an API version Cartesia documents (${KNOWN_CARTESIA_VERSIONS.join(", ")}); Cartesia answers "Invalid Cartesia-Version header".`,
      );
    }
  }

  const imported = review.imported;
  if (imported) {
    const credentialNote =
      imported.credentialId !== undefined
        ? " and writes the credential's fields (they cannot be read back)"
        : credential
          ? "; its credential is not imported, so a new one is created and linked"
          : "";
    add(
      "info",
      "imported",
      `Adopts the existing integration ${imported.integrationId}: the first apply imports it and updates it in place to these settings, never creates it. It overwrites the config's name, properties, advanced and notes (an unset notes is sent as "")${credentialNote}.`,
    );
  }
  if (connector.configStyle === "standalone") {
    add(
      "info",
      "standalone-config",
      `Standalone genesyscloud_integration_config: set ${STANDALONE_CONFIG_ENV}=true wherever terraform runs (CI and laptops) and use Genesys provider 1.86 or later; without it every create, read and update of the config fails.`,
    );
  } else if (connector.configStyle === "embedded") {
    add(
      "info",
      "embedded-config",
      `Embedded config block: run terraform without ${STANDALONE_CONFIG_ENV}; with it set, the provider stops managing embedded config blocks.`,
    );
  }
  return findings;
}

function asObjectOf(value: unknown): Record<string, unknown> {
  return isJsonObject(value) ? value : {};
}

function stringProperty(connector: SynthesizedConnector, key: string): string | undefined {
  const value = connector.properties?.[key];
  return typeof value === "string" ? shared(redactKeys(value)) : undefined;
}

function safe(value: string | undefined): string | undefined {
  return value === undefined ? undefined : shared(redactKeys(value));
}

function asRecord(value: JsonValue | undefined): { readonly [key: string]: JsonValue } | undefined {
  return isJsonObject(value) ? value : undefined;
}
