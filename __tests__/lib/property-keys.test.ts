// Each of the guide's property keys and UI names is written in one source file: the keys in
// lib/tts-connector-type.ts (`GENESYS_TTS_CONNECTOR.propertyKeys`), the names in lib/connector-config.ts
// (`PROPERTY_LABELS`). Every message and command reads them from there, as each model id is read from the catalog.
import * as path from "node:path";
import { PROPERTY_LABELS } from "../../lib/connector-config";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import { literals, ROOT, sources } from "../support/source-text";

const FILES = [...sources("lib"), ...sources("tools")];
const TEXTS = new Map(FILES.map((f) => [f, literals(path.join(ROOT, f)).join("\n")]));
const writtenIn = (pattern: RegExp) => FILES.filter((f) => pattern.test(TEXTS.get(f)!));

test("the nine property keys and their nine names", () => {
  expect(Object.keys(GENESYS_TTS_CONNECTOR.propertyKeys)).toHaveLength(9);
  expect(Object.keys(PROPERTY_LABELS).sort()).toEqual(Object.keys(GENESYS_TTS_CONNECTOR.propertyKeys).sort());
});

test.each(Object.values(GENESYS_TTS_CONNECTOR.propertyKeys))("the property key %s is written in one source file under lib/ and tools/", (key) => {
  expect(writtenIn(new RegExp(`(?<![\\w])${key}(?![\\w])`))).toEqual(["lib/tts-connector-type.ts"]);
});

test.each(Object.values(PROPERTY_LABELS))("the property name %p is written in one source file under lib/ and tools/", (label) => {
  expect(writtenIn(new RegExp(`(?<![\\w])${label}(?![\\w])`))).toEqual(["lib/connector-config.ts"]);
});
