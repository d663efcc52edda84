import { GENESYS_TTS_CONNECTOR, resolveConnectorType } from "../../tts-connector-type";
import { describeKey, describeValue, firstInvisible } from "../describe-value";
import { describeFoundKey, findKeyLike } from "../key-hygiene";
import { templateAdvice, templateSequence } from "../terraform-text";
import { errorsOnly, type Verdict } from "../verdict";

/** `connectorType` overrides: known keys only, each a non-empty single-line string, property keys distinct. */
export function connectorTypeIsValid(overrides: unknown): Verdict {
  return errorsOnly(errors(overrides));
}

function errors(overrides: unknown): string[] {
  const topKeys = Object.keys(GENESYS_TTS_CONNECTOR);
  const propertyKeyNames = Object.keys(GENESYS_TTS_CONNECTOR.propertyKeys);
  if (overrides === null || typeof overrides !== "object" || Array.isArray(overrides)) {
    return [`connectorType: got ${describeValue(overrides)}; expected an object with any of ${topKeys.join(", ")}.`];
  }
  const problems: string[] = [];
  const check = (path: string, value: unknown) => {
    const key = typeof value === "string" ? findKeyLike(value) : undefined;
    if (key) {
      problems.push(
        `${path}: contains what looks like a Cartesia API key (${describeFoundKey(key)}); connector type facts are written in plain text into cdktf.out. Remove it.`,
      );
    } else if (typeof value !== "string" || value.trim() === "" || firstInvisible(value) || /^\s|\s$/.test(value)) {
      problems.push(`${path}: got ${describeValue(value)}; expected a non-empty string without control characters or surrounding spaces.`);
    } else if (templateSequence(value)) {
      problems.push(`${path}: got ${describeValue(value)}; ${templateAdvice(templateSequence(value)!.sequence)}.`);
    }
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!topKeys.includes(key)) {
      problems.push(`connectorType.${describeKey(key)}: not an override; allowed: ${topKeys.join(", ")}.`);
    } else if (key !== "propertyKeys") {
      check(`connectorType.${key}`, value);
    } else if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`connectorType.propertyKeys: got ${describeValue(value)}; expected an object with any of ${propertyKeyNames.join(", ")}.`);
    } else {
      for (const [name, keyValue] of Object.entries(value as object)) {
        if (keyValue === undefined) continue;
        if (!propertyKeyNames.includes(name)) {
          problems.push(`connectorType.propertyKeys.${describeKey(name)}: not a property; allowed: ${propertyKeyNames.join(", ")}.`);
        } else {
          check(`connectorType.propertyKeys.${name}`, keyValue);
        }
      }
    }
  }
  if (problems.length === 0) {
    const keys = Object.entries(resolveConnectorType(overrides as never).propertyKeys) as [string, string][];
    const seen = new Map<string, string>();
    for (const [name, key] of keys) {
      const other = seen.get(key);
      if (other) problems.push(`connectorType.propertyKeys.${name}: got "${key}", which ${other} already uses; each property needs its own key.`);
      seen.set(key, name);
    }
  }
  return problems;
}
