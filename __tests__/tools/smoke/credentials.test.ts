import { resolveCredentialHeaders } from "../../../tools/smoke/credential-values";
import { chooseVoice, parseVoiceList } from "../../../tools/smoke/voice-list";
import type { FieldSource } from "../../../tools/shared/synthesized-connectors";

const KEY = "sk_car_test_not_a_real_key_0001";
const OTHER = "sk_car_test_not_a_real_key_0002";
const GUIDE_FIELDS: Record<string, FieldSource> = {
  "X-Api-Key": { kind: "variable", name: "cartesia_api_key", sensitive: true },
  "Cartesia-Version": { kind: "literal", value: "2026-03-01" },
};

describe("credential fields become headers, with values from the environment only", () => {
  test("the variable's TF_VAR_ value: what terraform will deploy", () => {
    expect(resolveCredentialHeaders(GUIDE_FIELDS, { TF_VAR_cartesia_api_key: KEY })).toEqual({
      headers: { "X-Api-Key": KEY, "Cartesia-Version": "2026-03-01" },
      origins: { "X-Api-Key": "$TF_VAR_cartesia_api_key", "Cartesia-Version": "cdk.tf.json" },
      secrets: [KEY],
      secretHeaders: ["X-Api-Key"],
      missing: [],
      warnings: [],
    });
  });

  test("CARTESIA_API_KEY overrides it, and a difference is said out loud", () => {
    const resolved = resolveCredentialHeaders(GUIDE_FIELDS, { CARTESIA_API_KEY: OTHER, TF_VAR_cartesia_api_key: KEY });
    expect(resolved.headers["X-Api-Key"]).toBe(OTHER);
    expect(resolved.origins["X-Api-Key"]).toBe("$CARTESIA_API_KEY");
    expect(resolved.secrets).toEqual([OTHER, KEY]);
    expect(resolved.warnings).toEqual([
      "$CARTESIA_API_KEY differs from $TF_VAR_cartesia_api_key: this test uses $CARTESIA_API_KEY, the deploy will use $TF_VAR_cartesia_api_key.",
    ]);
  });

  test("no key anywhere: the header is missing, naming both variables; an empty value counts as unset", () => {
    const resolved = resolveCredentialHeaders(GUIDE_FIELDS, { CARTESIA_API_KEY: "  " });
    expect(resolved.headers).toEqual({ "Cartesia-Version": "2026-03-01" });
    expect(resolved.missing).toEqual([{ header: "X-Api-Key", env: ["CARTESIA_API_KEY", "TF_VAR_cartesia_api_key"] }]);
  });

  test("a literal key in cdk.tf.json is never used", () => {
    const resolved = resolveCredentialHeaders({ ...GUIDE_FIELDS, "X-Api-Key": { kind: "literal", value: KEY } }, {});
    expect(resolved.headers).toEqual({ "Cartesia-Version": "2026-03-01" });
    expect(resolved.warnings).toEqual([
      "X-Api-Key holds a literal key in cdk.tf.json: the key is in plain text in cdktf.out. Pass it with CartesiaApiKey.fromVariable; the smoke test does not use it.",
    ]);
  });

  test("Authorization: a Bearer template over a variable, or CARTESIA_API_KEY made into a Bearer value", () => {
    const fields: Record<string, FieldSource> = {
      Authorization: { kind: "expression", expression: "Bearer ${var.key}" },
      "Cartesia-Version": GUIDE_FIELDS["Cartesia-Version"],
    };
    expect(resolveCredentialHeaders(fields, { TF_VAR_key: KEY }).headers.Authorization).toBe(`Bearer ${KEY}`);
    expect(resolveCredentialHeaders(fields, { CARTESIA_API_KEY: KEY }).headers.Authorization).toBe(`Bearer ${KEY}`);
  });

  test("CARTESIA_API_KEY in an Authorization field goes out as the field is written, as Genesys sends it: no Bearer added", () => {
    const bare: Record<string, FieldSource> = { Authorization: { kind: "variable", name: "cartesia_api_key", sensitive: true } };
    const resolved = resolveCredentialHeaders(bare, { CARTESIA_API_KEY: KEY });
    expect([resolved.headers.Authorization, resolved.origins.Authorization, resolved.secretHeaders]).toEqual([KEY, "$CARTESIA_API_KEY", ["Authorization"]]);
    expect(resolveCredentialHeaders({ authorization: { kind: "literal", value: `Bearer ${OTHER}` } }, { CARTESIA_API_KEY: KEY }).headers.authorization).toBe(
      `Bearer ${KEY}`,
    );
    const mixed: Record<string, FieldSource> = {
      Authorization: { kind: "expression", expression: "${var.scheme} ${var.key}", sensitiveVariables: ["key"] },
    };
    expect(resolveCredentialHeaders(mixed, { CARTESIA_API_KEY: KEY, TF_VAR_scheme: "Token" }).headers.Authorization).toBe(`Token ${KEY}`);
    expect(resolveCredentialHeaders(mixed, { CARTESIA_API_KEY: KEY }).missing).toEqual([{ header: "Authorization", env: ["TF_VAR_scheme"] }]);
  });

  test("a key from a data source: only terraform can resolve it", () => {
    const fields: Record<string, FieldSource> = { "X-Api-Key": { kind: "expression", expression: "${data.vault_generic_secret.cartesia.data.key}" } };
    const resolved = resolveCredentialHeaders(fields, {});
    expect(resolved.missing).toEqual([{ header: "X-Api-Key", env: ["CARTESIA_API_KEY"] }]);
    expect(resolved.warnings).toEqual([
      "X-Api-Key comes from ${data.vault_generic_secret.cartesia.data.key}, which only terraform can resolve: set CARTESIA_API_KEY.",
    ]);
    expect(resolveCredentialHeaders(fields, { CARTESIA_API_KEY: KEY }).headers["X-Api-Key"]).toBe(KEY);
  });

  test("a version from a variable, and a template mixing a variable with something else", () => {
    const fields: Record<string, FieldSource> = {
      "Cartesia-Version": { kind: "variable", name: "cartesia_version", sensitive: false },
      "X-Extra": { kind: "expression", expression: "${var.a}-${local.b}" },
    };
    const resolved = resolveCredentialHeaders(fields, { TF_VAR_cartesia_version: "2026-03-01", TF_VAR_a: "x" });
    expect(resolved.headers).toEqual({ "Cartesia-Version": "2026-03-01" });
    expect(resolved.missing).toEqual([{ header: "X-Extra", env: [] }]);
    expect(resolveCredentialHeaders(fields, {}).missing).toEqual([
      { header: "Cartesia-Version", env: ["TF_VAR_cartesia_version"] },
      { header: "X-Extra", env: [] },
    ]);
  });

  test("a credential managed elsewhere: the guide's fields, CARTESIA_VERSION to match it", () => {
    const resolved = resolveCredentialHeaders(undefined, { CARTESIA_API_KEY: KEY, CARTESIA_VERSION: "2025-04-16" });
    expect(resolved.headers).toEqual({ "X-Api-Key": KEY, "Cartesia-Version": "2025-04-16" });
    expect(resolved.origins).toEqual({ "X-Api-Key": "$CARTESIA_API_KEY", "Cartesia-Version": "$CARTESIA_VERSION" });
  });

  test("an admin key is warned about before anything is sent", () => {
    expect(resolveCredentialHeaders(GUIDE_FIELDS, { CARTESIA_API_KEY: "sk_car_admin_not_a_real_key_1" }).warnings).toEqual([
      "X-Api-Key is an admin key (sk_car_admin_...): admin keys cannot call text-to-speech; create a standard key.",
    ]);
  });
});

describe("the voice list, read with the connector's attributes", () => {
  const attributes = { voices: "data", id: "id", name: "name", language: "language", gender: "gender" };

  test("voices with ids are kept, others counted; has_more is noticed", () => {
    const list = parseVoiceList(
      { data: [{ id: "a", name: "A", language: "en", gender: "feminine" }, { name: "no id" }, { id: "b", language: "fr" }], has_more: true },
      attributes,
    );
    expect(list).toEqual({
      voices: [
        { id: "a", name: "A", language: "en", gender: "feminine" },
        { id: "b", name: undefined, language: "fr", gender: undefined },
      ],
      skipped: 1,
      hasMore: true,
      problems: [],
    });
    expect(chooseVoice(list.voices, "fr")?.id).toBe("b");
    expect(chooseVoice(list.voices, "de")?.id).toBe("a");
  });

  test("an answer without the Voices Attribute says what it has instead", () => {
    expect(parseVoiceList({ voices: [] }, attributes).problems).toEqual([
      'the voice list has no array under "data" (the Voices Attribute); the answer has keys "voices".',
    ]);
    expect(parseVoiceList([{ id: "a" }], attributes).problems).toEqual([
      'the voice list has no array under "data" (the Voices Attribute); the answer has a bare array.',
    ]);
    expect(parseVoiceList(undefined, attributes).problems).toEqual([
      'the voice list has no array under "data" (the Voices Attribute); the answer has no JSON body.',
    ]);
    expect(parseVoiceList({ data: [{ name: "x" }] }, attributes).problems).toEqual([
      'the voice list has no voice with a "id" (the Voice Id Attribute); Architect would offer none.',
    ]);
  });
});
