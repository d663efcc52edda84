import { byKey, canonicalJson, type JsonValue } from "../../lib/shared";
import { API_KEY_HEADER, VERSION_HEADER } from "../../lib/connector-config";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import type { SynthesizedConnector } from "../shared/synthesized-connectors";
import { describeCredentialLink, describeFieldSource } from "./describe-source";
import { redactKeys } from "../../lib/shared";
import { fingerprint } from "./redact";
import type { Setting, SettingCategory } from "./review-model";
import { shared } from "./shared-text";

const KEYS = GENESYS_TTS_CONNECTOR.propertyKeys;

/** Reviewer's names for the guide's properties, by their default keys. */
const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  [KEYS.synthesizeUri]: "Synthesis URI",
  [KEYS.voicesUri]: "Voice-list URI",
  [KEYS.synthesizeMethod]: "Synthesis method",
  [KEYS.voicesAttribute]: "Voices attribute",
  [KEYS.voiceNameAttribute]: "Voice name attribute",
  [KEYS.voiceIdAttribute]: "Voice id attribute",
  [KEYS.voiceLanguageAttribute]: "Voice language attribute",
  [KEYS.voiceGenderAttribute]: "Voice gender attribute",
  [KEYS.pciCompliant]: "PCI compliant",
};

/** Reviewer's names for the leaves of `advanced` the construct writes. */
const ADVANCED_LABELS: Readonly<Record<string, string>> = {
  "synthesizeBody.model_id": "Model",
  "synthesizeBody.output_format.container": "Output container",
  "synthesizeBody.output_format.encoding": "Output encoding",
  "synthesizeBody.output_format.sample_rate": "Output sample rate",
  "synthesizeBody.output_format.bit_rate": "Output bit rate",
  "synthesizeBody.language": "Language",
  "synthesizeBody.transcript": "Transcript placeholder",
  "synthesizeBody.voice.mode": "Voice mode",
  "synthesizeBody.voice.id": "Voice id placeholder",
};

/**
 * Flattens a connector into settings in a fixed order: the integration, its config (every leaf of
 * the parsed `properties` and `advanced` JSON, so a change reads `8000 -> 16000` rather than as two
 * long strings), then the credential. `region` is the described organization region.
 */
export function connectorSettings(connector: SynthesizedConnector, region: string): Setting[] {
  const settings: Setting[] = [];
  const push = (setting: Setting) => settings.push(sharedSetting(setting));
  const add = (key: string, label: string, category: SettingCategory, value: string | undefined, style: "code" | "text" = "code") => {
    if (value !== undefined) push({ key, label, category, display: value, style, compare: value });
  };
  const literal = (value: string | undefined) => (value === undefined ? undefined : JSON.stringify(redactKeys(value)));

  add("integration_type", "Integration type", "integration", literal(connector.integrationType));
  add("intended_state", "Intended state", "integration", literal(connector.intendedState));
  add("name", "Integration name", "integration", literal(connector.name));
  add("notes", "Notes", "integration", literal(connector.notes));
  add("config_style", "Config style", "integration", connector.configStyle, "text");
  add("provider", "Provider", "integration", connector.provider ?? "genesyscloud");
  add("region", "Organization region", "integration", region, "text");

  // Own labels only: a property named `constructor` is labelled as a property, not with Object's constructor.
  const label = (labels: Readonly<Record<string, string>>, path: string, fallback: string) => (Object.hasOwn(labels, path) ? labels[path] : fallback);
  // One by one, not spread into push: a properties document of a hundred thousand keys would overflow the stack.
  for (const setting of jsonSettings("properties", connector.propertiesJson, connector.properties, (path) => label(PROPERTY_LABELS, path, `Property ${path}`)))
    push(setting);
  for (const setting of jsonSettings("advanced", connector.advancedJson, connector.advanced, (path) => label(ADVANCED_LABELS, path, `Advanced ${path}`)))
    push(setting);

  for (const slot of Object.keys(connector.credentials).sort()) {
    add(`credentials.${slot}`, `Credential link (${slot})`, "credential", describeCredentialLink(connector.credentials[slot]), "text");
  }
  const credential = connector.credential;
  if (credential) {
    add("credential.name", "Credential name", "credential", literal(credential.name));
    add("credential.type", "Credential type", "credential", literal(credential.credentialTypeName));
    for (const field of Object.keys(credential.fields).sort()) {
      const described = describeFieldSource(field, credential.fields[field]);
      push({
        key: `credential.fields.${field}`,
        label: fieldLabel(field),
        category: "credential",
        display: described.display,
        style: described.style,
        compare: described.compare,
      });
    }
  }
  return settings;
}

function sharedSetting(s: Setting): Setting {
  const display = shared(s.display);
  return { ...s, key: shared(s.key), label: shared(s.label), display, compare: s.compare === s.display ? display : shared(s.compare) };
}

function fieldLabel(field: string): string {
  if (field === VERSION_HEADER) return `Cartesia version (credential field ${field})`;
  if (field === API_KEY_HEADER) return `API key (credential field ${field})`;
  return `Credential field ${field}`;
}

/** Each leaf of a parsed JSON document as a setting; an unparsable string as one opaque setting. */
function jsonSettings(
  root: "properties" | "advanced",
  raw: string | undefined,
  parsed: Record<string, JsonValue> | undefined,
  label: (path: string) => string,
): Setting[] {
  if (raw === undefined) return [];
  if (parsed === undefined) {
    // Never print a string we cannot read: it could hold anything.
    const display = "not a JSON object (not shown)";
    return [{ key: root, label: root, category: "integration", display, style: "text", compare: `${display} ${fingerprint(raw)}` }];
  }
  const leaves: [string, JsonValue][] = [];
  collectLeaves("", parsed, leaves);
  return leaves.sort(byKey).map(([path, value]) => {
    const exact = canonicalJson(value);
    const display = redactKeys(exact);
    return {
      key: `${root}.${path}`,
      label: label(path),
      category: "integration" as const,
      display,
      style: "code" as const,
      compare: display === exact ? display : fingerprint(exact),
    };
  });
}

function collectLeaves(prefix: string, value: JsonValue, into: [string, JsonValue][]): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && (prefix === "" || Object.keys(value).length > 0)) {
    for (const [key, child] of Object.entries(value)) collectLeaves(prefix === "" ? key : `${prefix}.${key}`, child, into);
    return;
  }
  into.push([prefix, value]);
}
