import { KEY_LIKE_PATTERN } from "../../../../lib/private/key-hygiene";
import { placeholderString, placeholderVariables } from "../../../../tools/shared/terraform/placeholder-variables";
import { defaultStack } from "../../../support/validate-helpers";

test("every variable without a default gets a placeholder of its type; those with a default get none", () => {
  expect(
    placeholderVariables({
      variable: {
        key: { type: "string", sensitive: true },
        count: { type: "number" },
        flag: { type: "bool" },
        names: { type: "${list(string)}" },
        tags: { type: "${map(string)}" },
        shape: { type: "${object({ a = string })}" },
        anything: {},
        defaulted: { type: "string", default: "x" },
        defaulted_null: { type: "string", default: null },
      },
    }),
  ).toEqual({ anything: "placeholder-anything", count: 0, flag: false, key: "placeholder-key", names: [], shape: {}, tags: {} });
  expect(placeholderVariables({})).toEqual({});
});

test("the default app's key variable gets a placeholder that is not key-shaped and passes its validation rule", () => {
  const { cartesia_api_key: placeholder } = placeholderVariables(defaultStack()) as Record<string, string>;
  expect(placeholder).toBe("placeholder-cartesia_api_key");
  // The rule: not empty after trimming, and not an admin key.
  expect(placeholder.trim().length).toBeGreaterThan(0);
  expect(placeholder.startsWith("sk_car_admin_")).toBe(false);
  expect(KEY_LIKE_PATTERN.test(placeholder)).toBe(false);
});

test("a variable named like a key still gets a placeholder that is not one", () => {
  expect(placeholderString("sk_car_looks_like_a_key_name")).toBe("placeholder");
});
