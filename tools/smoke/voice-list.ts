import { own, isJsonObject } from "../shared/json-path";
import type { VoiceListAttributes } from "./render-requests";
import { PROPERTY_LABELS } from "../../lib/connector-config";

/** One voice as Genesys reads it from the list. */
export interface ListedVoice {
  readonly id: string;
  readonly name?: string;
  readonly language?: string;
  readonly gender?: string;
}

/** What reading the voice list found. */
export interface VoiceList {
  readonly voices: readonly ListedVoice[];
  /** Entries without a usable id: Genesys cannot offer them. */
  readonly skipped: number;
  /** The answer said there are more pages (`has_more`); Genesys reads only this one. */
  readonly hasMore: boolean;
  readonly problems: readonly string[];
}

/**
 * Reads a voice-list answer the way the connector's properties tell Genesys to: the array under the
 * Voices Attribute, and in each entry the id, name, language and gender attributes.
 */
export function parseVoiceList(body: unknown, attributes: VoiceListAttributes): VoiceList {
  const root = isJsonObject(body) ? body : undefined;
  // Own members only: a Voices Attribute named "constructor" reads the answer, not Object's constructor.
  const list = own(root, attributes.voices);
  if (!Array.isArray(list)) {
    const found =
      body === undefined
        ? "no JSON body"
        : root
          ? `keys ${
              Object.keys(root)
                .map((k) => JSON.stringify(k))
                .join(", ") || "(none)"
            }`
          : `a ${Array.isArray(body) ? "bare array" : typeof body}`;
    return {
      voices: [],
      skipped: 0,
      hasMore: false,
      problems: [`the voice list has no array under "${attributes.voices}" (the ${PROPERTY_LABELS.voicesAttribute}); the answer has ${found}.`],
    };
  }
  const voices: ListedVoice[] = [];
  let skipped = 0;
  for (const entry of list) {
    const id = own(entry, attributes.id);
    if (typeof id !== "string" || id === "") {
      skipped++;
      continue;
    }
    voices.push({ id, name: text(entry, attributes.name), language: text(entry, attributes.language), gender: text(entry, attributes.gender) });
  }
  const problems =
    voices.length === 0 ? [`the voice list has no voice with a "${attributes.id}" (the ${PROPERTY_LABELS.voiceIdAttribute}); Architect would offer none.`] : [];
  return { voices, skipped, hasMore: own(root, "has_more") === true, problems };
}

/** The voice to synthesize with when none is given: the first of the body's language, else the first. */
export function chooseVoice(voices: readonly ListedVoice[], language?: string): ListedVoice | undefined {
  return (language ? voices.find((v) => v.language === language) : undefined) ?? voices[0];
}

function text(entry: unknown, attribute: string): string | undefined {
  const value = own(entry, attribute);
  return typeof value === "string" ? value : undefined;
}
