import { KEY_LIKE_PATTERN } from "../../../../lib/private/key-hygiene";
import { PLACEHOLDER_TEXT, placeholderVariables } from "../../../../tools/shared/terraform/placeholder-variables";
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
  ).toEqual({ anything: "placeholder", count: 0, flag: false, key: "placeholder", names: [], shape: {}, tags: {} });
  expect(placeholderVariables({})).toEqual({});
});

test("the default app's key variable gets a placeholder that is not key-shaped and passes its validation rule", () => {
  expect(placeholderVariables(defaultStack())).toEqual({ cartesia_api_key: PLACEHOLDER_TEXT });
  // The rule: not empty after trimming, and not an admin key.
  expect(PLACEHOLDER_TEXT.trim().length).toBeGreaterThan(0);
  expect(PLACEHOLDER_TEXT.startsWith("sk_car_admin_")).toBe(false);
  expect(KEY_LIKE_PATTERN.test(PLACEHOLDER_TEXT)).toBe(false);
});
