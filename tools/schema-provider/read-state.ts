/**
 * The state the provider's Read writes from the API's answer (a fixture stands for that answer), as
 * the Genesys provider's flatten functions write it (docs/provider-rules.md): JSON strings as Go's
 * `json.Marshal` prints them, the API's empty-notes sentinel as `""`, empty credential maps as null, and, with the standalone toggle set, the
 * integration's `config` block not read at all (the state keeps what it had).
 */
import { type CtyObject, type CtyValue, isObjectValue } from "./cty-value";
import { asMarshalled } from "./go-json";
import type { ResourceBehaviour } from "./provider-behaviour";
import { notesOf } from "../shared/genesys/notes";

/** The state after a Read: `current` (the state before) overlaid with what the API answered, as the provider writes it. */
export function stateFromRead(behaviour: ResourceBehaviour, current: CtyObject, remote: CtyObject, standaloneConfig: boolean): CtyObject {
  const ignored = standaloneConfig ? (behaviour.ignoredWhenStandalone ?? []) : [];
  const read = Object.fromEntries(Object.entries(remote).filter(([name]) => !ignored.includes(name)));
  return { ...current, ...(rewrite(behaviour, "", read) as CtyObject) };
}

function rewrite(behaviour: ResourceBehaviour, path: string, value: CtyValue): CtyValue {
  if (Array.isArray(value)) return (value as readonly CtyValue[]).map((element) => rewrite(behaviour, path, element));
  if (!isObjectValue(value)) return value;
  const result: Record<string, CtyValue> = {};
  for (const [name, inner] of Object.entries(value)) {
    const at = path + name;
    if (typeof inner === "string" && behaviour.marshalledOnRead?.includes(at)) result[name] = asMarshalled(inner);
    else if (typeof inner === "string" && behaviour.emptyNotesSentinel?.includes(at)) result[name] = notesOf(inner);
    else if (isObjectValue(inner) && Object.keys(inner).length === 0 && behaviour.emptyMapReadAsNull?.includes(at)) result[name] = null;
    else if (Array.isArray(inner) || (isObjectValue(inner) && !behaviour.emptyMapReadAsNull?.includes(at))) result[name] = rewrite(behaviour, `${at}.`, inner);
    else result[name] = inner;
  }
  return result;
}
