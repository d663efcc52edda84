import { currentSnapshots } from "../../../tools/review/classify-model";
import { readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import { diffSummaries } from "../../../tools/review/diff";
import { renderDiffMarkdown } from "../../../tools/review/render-markdown";
import { renderJson } from "../../../tools/review/render-json";
import { type ReviewDiff, type ReviewSummary } from "../../../tools/review/review-model";
import { summarize } from "../../../tools/review/summarize";
import { expectGolden } from "../../support/golden";
import { IMPORTED, INTEGRATION, synthPair } from "../../support/review-pairs";

// The base/head pairs of support/review-pairs.ts, each a pull request a reviewer would meet. Every pair
// is checked value by value, and its Markdown is compared with a golden file under __tests__/golden/pairs/
// (refresh with UPDATE_GOLDEN=1 and read the diff before committing).

interface Reviewed {
  readonly diff: ReviewDiff;
  readonly head: ReviewSummary;
  readonly markdown: string;
}

function review(baseOut: string, headOut: string): Reviewed {
  const head = summarize(readSynthesizedStacks(headOut));
  const diff = diffSummaries(summarize(readSynthesizedStacks(baseOut)), head);
  return { diff, head, markdown: renderDiffMarkdown(diff, head) };
}

/** Reviews one pair of the table. */
function pair(name: string): Reviewed {
  const { base, head } = synthPair(name);
  return review(base, head);
}

const codes = (r: Reviewed) => r.diff.changes.flatMap((c) => c.findings.map((f) => `${f.severity}:${f.code}`));
const rows = (r: Reviewed) => r.diff.changes.flatMap((c) => c.changes.map((s) => [s.label, s.before, s.after]));

test("key rotation: a new key variable is a credential-only change, nothing risky", () => {
  const r = pair("key-rotation");
  expect(r.diff.changes).toHaveLength(1);
  expect(r.diff.changes[0]).toMatchObject({
    kind: "changed",
    stack: "pr",
    integrationName: "Genesys TTS Connector: Cartesia",
    address: INTEGRATION,
    constructPath: "pr/cartesia",
    headline: "Credential only (key rotation): the API key's source changes; the integration and its config are untouched.",
  });
  expect(rows(r)).toEqual([["API key (credential field X-Api-Key)", "variable cartesia_api_key (sensitive)", "variable cartesia_api_key_2026_09 (sensitive)"]]);
  expect(codes(r)).toEqual([]);
  expectGolden("pairs/key-rotation.md", r.markdown);
});

test("Cartesia-Version alone is a credential-only change, not a key rotation", () => {
  const r = pair("cartesia-version");
  expect(r.diff.changes[0].headline).toBe("Credential only: the integration and its config are untouched.");
  expect(rows(r)).toEqual([["Cartesia version (credential field Cartesia-Version)", '"2026-03-01"', '"2026-08-14"']]);
  expect(codes(r)).toEqual([]);
});

test("model moved to a moving alias: the model_id leaf old -> new, flagged risky", () => {
  const r = pair("model-to-alias");
  expect(r.diff.changes[0].headline).toBe("Integration config change; the credential is untouched.");
  expect(rows(r)).toEqual([["Model", '"sonic-3-2026-01-12"', '"sonic-latest"']]);
  expect(codes(r)).toEqual(["risky:model-to-alias"]);
  expect(r.diff.changes[0].findings[0].message).toBe(
    `Model moves from "sonic-3-2026-01-12" to the alias "sonic-latest", which Cartesia moves to newer models without notice; pin a dated snapshot (${currentSnapshots()}).`,
  );
  expectGolden("pairs/model-to-alias.md", r.markdown);
  expectGolden("pairs/model-to-alias.json", renderJson(r.head, r.diff));
});

test("model moved to a newer dated snapshot: a plain config change, nothing risky", () => {
  const r = pair("model-snapshot-upgrade");
  expect(rows(r)).toEqual([["Model", '"sonic-3-2026-01-12"', '"sonic-3.5-2026-05-04"']]);
  expect(codes(r)).toEqual([]);
  expectGolden("pairs/model-snapshot-upgrade.md", r.markdown);
});

test("model moved to a sunset model (hand-edited: the construct refuses it): risky with the sunset date", () => {
  const r = pair("model-to-sunset");
  expect(rows(r)).toEqual([["Model", '"sonic-3-2026-01-12"', '"sonic-english"']]);
  expect(codes(r)).toEqual(["risky:model-to-sunset"]);
  expect(r.diff.changes[0].findings[0].message).toContain("which Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted)");
  expectGolden("pairs/model-to-sunset.md", r.markdown);
});

test("output format moved off 8 kHz PCM: each changed leaf of output_format, a warning, nothing risky", () => {
  const r = pair("format-change");
  expect(rows(r)).toEqual([
    ["Output bit rate", undefined, "128000"],
    ["Output container", '"raw"', '"mp3"'],
    ["Output sample rate", "8000", "22050"],
    ["Output encoding", '"pcm_s16le"', undefined],
  ]);
  expect(codes(r)).toEqual(["warning:format-not-telephony"]);
  expectGolden("pairs/format-change.md", r.markdown);
});

test("rename of the integration: risky, and the derived credential name follows", () => {
  const r = pair("rename");
  expect(r.diff.changes[0].headline).toBe("Integration config and credential change.");
  expect(rows(r)).toEqual([
    ["Integration name", '"Genesys TTS Connector: Cartesia"', '"Cartesia Sonic (prod)"'],
    ["Credential name", '"Genesys TTS Connector: Cartesia credential"', '"Cartesia Sonic (prod) credential"'],
  ]);
  expect(codes(r)).toEqual(["risky:renamed"]);
  expectGolden("pairs/rename.md", r.markdown);
});

test("disabling the integration: risky", () => {
  const r = pair("disable");
  expect(rows(r)).toEqual([["Intended state", '"ENABLED"', '"DISABLED"']]);
  expect(codes(r)).toEqual(["risky:disabled-now"]);
  expectGolden("pairs/disable.md", r.markdown);
});

test("integration type override changed: risky, the provider cannot apply it", () => {
  const r = pair("integration-type-change");
  expect(rows(r)).toEqual([["Integration type", '"genesys-tts-connector"', '"genesys-tts-connector-v2"']]);
  expect(codes(r)).toEqual(["risky:integration-type-changed"]);
  expectGolden("pairs/integration-type-change.md", r.markdown);
});

test("connector added next to an unchanged one: every setting of the new one, the old one listed as unchanged", () => {
  const r = pair("connector-added");
  expect(r.diff.unchanged).toEqual([{ stack: "pr", integrationName: "Genesys TTS Connector: Cartesia", address: INTEGRATION }]);
  expect(r.diff.changes.map((c) => [c.kind, c.integrationName, c.address])).toEqual([
    ["added", "Cartesia backup", "genesyscloud_integration.backup_integration_420B729A"],
  ]);
  expect(codes(r)).toEqual([]);
  expect(r.diff.changes[0].changes.find((c) => c.label === "Model")?.after).toBe('"sonic-3.5-2026-05-04"');
  expectGolden("pairs/connector-added.md", r.markdown);
});

test("a connector added on a moving alias is risky like a model moved to one", () => {
  const r = pair("connector-added-on-alias");
  expect(codes(r)).toEqual(["risky:model-to-alias"]);
  expect(r.diff.changes[0].findings[0].message).toMatch(/^Model is the alias "sonic-latest"/);
});

test("a connector that adopts an existing integration (importExisting) is imported, never created", () => {
  const { integrationId, credentialId } = IMPORTED;
  const r = pair("connector-imported");
  expect(r.diff.changes.map((c) => [c.kind, c.integrationName])).toEqual([["imported", "Cartesia wideband"]]);
  expect(r.diff.changes[0].headline).toBe(
    `Imported: terraform adopts the existing integration ${integrationId} and updates it in place to these settings; it creates nothing.`,
  );
  const head = r.head.stacks[0].connectors[0];
  expect(head.imported).toEqual({ integrationId, configId: `${integrationId}/config`, credentialId });
  expect(head.findings.find((f) => f.code === "imported")?.message).toBe(
    `Adopts the existing integration ${integrationId}: the first apply imports it and updates it in place to these settings, never creates it. It overwrites the config's name, properties, advanced and notes (an unset notes is sent as "") and writes the credential's fields (they cannot be read back).`,
  );
  expect(r.markdown).not.toMatch(/: added$/m);
  expect(r.markdown).toContain(
    `| Imported | integration \`${integrationId}\`, config \`${integrationId}/config\`, credential \`${credentialId}\` (import blocks: updated in place, not created) |`,
  );
  expectGolden("pairs/connector-imported.md", r.markdown);

  // Without a credential id, the one thing created is the new credential.
  const newCredential = pair("connector-imported-new-credential");
  expect(newCredential.diff.changes[0].headline).toBe(
    `Imported: terraform adopts the existing integration ${integrationId} and updates it in place to these settings; it creates only a new credential.`,
  );
});

test("connector removed: risky", () => {
  const r = pair("connector-removed");
  expect(r.diff.changes.map((c) => [c.kind, c.integrationName])).toEqual([["removed", "Cartesia backup"]]);
  expect(codes(r)).toEqual(["risky:removed"]);
  expectGolden("pairs/connector-removed.md", r.markdown);
});

test("construct id renamed: the same integration at a new address, risky (terraform replaces it)", () => {
  const r = pair("construct-id-renamed");
  expect(r.diff.changes.map((c) => [c.kind, c.baseAddress, c.address])).toEqual([
    ["replaced", INTEGRATION, "genesyscloud_integration.tts_integration_D849AEAB"],
  ]);
  // The credential moves with the connector: no separate row for its new address.
  expect(rows(r)).toEqual([]);
  expect(r.diff.changes[0].headline).toBe("New Terraform address: terraform replaces the connector's resources. Every setting is the same.");
  expect(codes(r)).toEqual(["risky:address-changed"]);
  expectGolden("pairs/construct-id-renamed.md", r.markdown);
});

test("construct id renamed with moved blocks (moveFromId): moved, the integration keeps its id, nothing risky", () => {
  const r = pair("construct-id-renamed-with-moved-blocks");
  expect(r.diff.changes.map((c) => [c.kind, c.baseAddress, c.address])).toEqual([["moved", INTEGRATION, "genesyscloud_integration.tts_integration_D849AEAB"]]);
  expect(rows(r)).toEqual([]);
  expect(r.diff.changes[0].headline).toBe("New Terraform address, carried over by a moved block. Every setting is the same.");
  expect(codes(r)).toEqual(["info:address-moved"]);
  expectGolden("pairs/construct-id-renamed-with-moved-blocks.md", r.markdown);
});

test("a connector at a new logical id but the same construct path matches by the path (hand-edited: cdktf caches ids)", () => {
  const r = pair("same-path-new-logical-id");
  expect(r.diff.changes.map((c) => [c.kind, c.baseAddress, c.address, c.constructPath])).toEqual([
    ["replaced", INTEGRATION, "genesyscloud_integration.cartesia_tts", "pr/cartesia"],
  ]);
  expect(rows(r)).toEqual([]);
  expect(r.diff.changes[0].headline).toBe("New Terraform address: terraform replaces the connector's resources. Every setting is the same.");
});

test("nothing changed: says so, lists the connector as unchanged, nothing risky", () => {
  const r = pair("no-change");
  expect(r.diff.changes).toEqual([]);
  expect(r.diff.unchanged).toHaveLength(1);
  expect(r.markdown).toContain("\nNo connector changed.\n");
  expectGolden("pairs/no-change.md", r.markdown);
});

test("generationConfig: each changed field of generation_config is a row, old -> new", () => {
  const r = pair("generation-config");
  expect(r.diff.changes[0].headline).toBe("Integration config change; the credential is untouched.");
  expect(rows(r)).toEqual([
    ["Advanced synthesizeBody.generation_config.emotion", undefined, '"calm"'],
    ["Advanced synthesizeBody.generation_config.speed", "1.1", "1.2"],
  ]);
  expect(codes(r)).toEqual([]);
});
